package dev.rapport.model.bedrock;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClientBuilder;

/**
 * The Bedrock agent runtime client (knowledge base {@code Retrieve}), configured like the others:
 * the URL-connection HTTP client, and region, credentials and endpoint from the SDK's standard
 * chain ({@code AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME} / {@code aws.endpointUrlBedrockAgentRuntime}).
 * Apart from {@link BedrockClients} because its SDK module is optional: only the chat function's jar
 * carries it, and nothing loads this class unless {@code KNOWLEDGE_BASE_ID} is set.
 */
final class BedrockAgentClients {

    private BedrockAgentClients() {}

    /** @param backoff null for the SDK's exponential backoff with jitter; tests pass an immediate one */
    static BedrockAgentRuntimeClientBuilder agentRuntime(KnowledgeBaseSettings settings, BackoffStrategy backoff) {
        var retries = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(settings.maxAttempts());
        if (backoff != null) {
            retries.backoffStrategy(backoff).throttlingBackoffStrategy(backoff).circuitBreakerEnabled(false);
        }
        return BedrockAgentRuntimeClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(retries.build())
                        .apiCallTimeout(settings.timeout())
                        .apiCallAttemptTimeout(settings.attemptTimeout()));
    }
}
