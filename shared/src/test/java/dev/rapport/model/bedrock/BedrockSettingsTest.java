package dev.rapport.model.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.config.Environment;
import dev.rapport.model.ConversationModel;
import dev.rapport.wiring.Models;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BedrockSettingsTest {

    @Test
    void defaultsNeedOnlyTheModelAccess() {
        BedrockSettings settings = BedrockSettings.from(Environment.of(Map.of()));

        assertThat(settings.modelId()).isEqualTo(BedrockSettings.DEFAULT_MODEL_ID);
        assertThat(settings.maxTokens()).isEqualTo(1024);
        assertThat(settings.temperature()).isEqualTo(0.3);
        assertThat(settings.guardrailId()).isEmpty();
        assertThat(settings.maxAttempts()).isEqualTo(4);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void readsEveryVariable() {
        BedrockSettings settings = BedrockSettings.from(Environment.of(Map.of(
                "BEDROCK_MODEL_ID",
                "us.amazon.nova-lite-v1:0",
                "BEDROCK_MAX_TOKENS",
                "300",
                "BEDROCK_TEMPERATURE",
                "0",
                "BEDROCK_GUARDRAIL_ID",
                "gr-1",
                "BEDROCK_GUARDRAIL_VERSION",
                "3",
                "BEDROCK_MAX_ATTEMPTS",
                "2",
                "BEDROCK_TIMEOUT_MS",
                "9000",
                "BEDROCK_ATTEMPT_TIMEOUT_MS",
                "4000")));

        assertThat(settings)
                .isEqualTo(new BedrockSettings(
                        "us.amazon.nova-lite-v1:0",
                        300,
                        0,
                        Optional.of("gr-1"),
                        "3",
                        2,
                        Duration.ofMillis(9000),
                        Duration.ofMillis(4000)));
    }

    @Test
    void refusesValuesThatCannotWork() {
        for (Map<String, String> bad : List.of(
                Map.of("BEDROCK_MAX_TOKENS", "0"),
                Map.of("BEDROCK_TEMPERATURE", "1.5"),
                Map.of("BEDROCK_MAX_ATTEMPTS", "zero"),
                Map.of("BEDROCK_ATTEMPT_TIMEOUT_MS", "30000"))) {
            assertThatThrownBy(() -> BedrockSettings.from(Environment.of(bad)))
                    .as(bad.toString())
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theBedrockProviderWiresTheConverseAdapter() {
        // The SDK takes the region from its own chain; in Lambda AWS_REGION is always set.
        String region = System.getProperty("aws.region");
        System.setProperty("aws.region", "eu-west-1");
        ConversationModel model;
        try {
            model = Models.fromEnvironment(Environment.of(Map.of("MODEL_PROVIDER", "bedrock")));
        } finally {
            if (region == null) {
                System.clearProperty("aws.region");
            } else {
                System.setProperty("aws.region", region);
            }
        }

        assertThat(model).isInstanceOf(BedrockConverseModel.class);
        assertThat(model.name()).isEqualTo("bedrock");
    }
}
