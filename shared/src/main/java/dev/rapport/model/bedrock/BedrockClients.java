package dev.rapport.model.bedrock;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/**
 * The Bedrock runtime client as Rapport configures it: the URL-connection HTTP client (light cold
 * start), region, credentials and endpoint from the SDK's standard chain (so
 * {@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME} works and SnapStart restores get fresh credentials), and
 * the retry and timeout budget of the settings.
 */
final class BedrockClients {

    private BedrockClients() {}

    static BedrockRuntimeClientBuilder runtime(BedrockSettings settings) {
        return runtime(settings, null);
    }

    /** @param backoff null for the SDK's exponential backoff with jitter; tests pass an immediate one */
    static BedrockRuntimeClientBuilder runtime(BedrockSettings settings, BackoffStrategy backoff) {
        var retries = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(settings.maxAttempts());
        if (backoff != null) {
            retries.backoffStrategy(backoff).throttlingBackoffStrategy(backoff).circuitBreakerEnabled(false);
        }
        return BedrockRuntimeClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(retries.build())
                        .apiCallTimeout(settings.timeout())
                        .apiCallAttemptTimeout(settings.attemptTimeout()));
    }
}
