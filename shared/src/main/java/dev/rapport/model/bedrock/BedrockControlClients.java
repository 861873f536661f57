package dev.rapport.model.bedrock;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.BedrockClientBuilder;

/**
 * The Bedrock control-plane client (model metadata), configured like the runtime one: the
 * URL-connection HTTP client, and region, credentials and endpoint from the SDK's standard chain
 * ({@code AWS_ENDPOINT_URL_BEDROCK} / {@code aws.endpointUrlBedrock}). Apart from {@link BedrockClients}
 * so the model watch's jar can leave the runtime client out.
 */
final class BedrockControlClients {

    /** A daily check of a few ids: a short budget, so a stuck call cannot hold the function to its timeout. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(4);

    private BedrockControlClients() {}

    /** @param backoff null for the SDK's exponential backoff with jitter; tests pass an immediate one */
    static BedrockClientBuilder control(BackoffStrategy backoff) {
        var retries = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(3);
        if (backoff != null) {
            retries.backoffStrategy(backoff).throttlingBackoffStrategy(backoff).circuitBreakerEnabled(false);
        }
        return BedrockClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(retries.build())
                        .apiCallTimeout(CALL_TIMEOUT)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT));
    }
}
