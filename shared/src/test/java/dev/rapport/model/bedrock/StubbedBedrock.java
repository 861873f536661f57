package dev.rapport.model.bedrock;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** The real Bedrock adapter and SDK pointed at a Converse wire stub, one attempt, fixed nonce. */
final class StubbedBedrock {

    static final BedrockSettings SETTINGS = new BedrockSettings(
            "global.anthropic.claude-haiku-4-5-20251001-v1:0",
            512,
            0.2,
            Optional.empty(),
            "DRAFT",
            1,
            Duration.ofSeconds(20),
            Duration.ofSeconds(10));

    private StubbedBedrock() {}

    static BedrockConverseModel at(String baseUrl) {
        return new BedrockConverseModel(
                BedrockClients.runtime(SETTINGS, BackoffStrategy.retryImmediately())
                        .endpointOverride(URI.create(baseUrl))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .build(),
                SETTINGS,
                () -> "c0ffee17");
    }
}
