package dev.rapport.speech.polly;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.polly.PollyClient;
import software.amazon.awssdk.services.polly.PollyClientBuilder;

/**
 * The Polly client as Rapport configures it: the URL-connection HTTP client (light cold start),
 * region, credentials and endpoint from the SDK's standard chain ({@code AWS_ENDPOINT_URL_POLLY}),
 * and a short budget: the spoken reply is optional, so the text reply never waits long for it.
 */
final class PollyClients {

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(6);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    static final int MAX_ATTEMPTS = 2;

    private PollyClients() {}

    /** @param backoff null for the SDK's exponential backoff with jitter; tests pass an immediate one */
    static PollyClientBuilder builder(BackoffStrategy backoff) {
        var retries = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS);
        if (backoff != null) {
            retries.backoffStrategy(backoff).throttlingBackoffStrategy(backoff).circuitBreakerEnabled(false);
        }
        return PollyClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(retries.build())
                        .apiCallTimeout(CALL_TIMEOUT)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT));
    }
}
