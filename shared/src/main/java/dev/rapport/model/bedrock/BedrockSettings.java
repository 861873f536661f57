package dev.rapport.model.bedrock;

import dev.rapport.config.Environment;
import java.time.Duration;
import java.util.Optional;

/**
 * How Rapport calls Bedrock Converse: the model, inference settings, an optional guardrail, and
 * the retry and timeout budget that decides when a turn gives up with 503.
 *
 * @param timeout the whole call, retries included; keep it under the function's timeout
 * @param attemptTimeout one HTTP attempt; a stuck attempt is retried while the budget lasts
 */
public record BedrockSettings(
        String modelId,
        int maxTokens,
        double temperature,
        Optional<String> guardrailId,
        String guardrailVersion,
        int maxAttempts,
        Duration timeout,
        Duration attemptTimeout) {

    public static final String DEFAULT_MODEL_ID = "global.anthropic.claude-haiku-4-5-20251001-v1:0";

    public BedrockSettings {
        require(modelId != null && !modelId.isBlank(), "BEDROCK_MODEL_ID must not be blank");
        require(maxTokens > 0, "BEDROCK_MAX_TOKENS must be positive");
        require(temperature >= 0 && temperature <= 1, "BEDROCK_TEMPERATURE must be between 0 and 1");
        require(maxAttempts > 0, "BEDROCK_MAX_ATTEMPTS must be positive");
        require(timeout.isPositive() && attemptTimeout.isPositive(), "Bedrock timeouts must be positive");
        require(attemptTimeout.compareTo(timeout) <= 0, "BEDROCK_ATTEMPT_TIMEOUT_MS cannot exceed BEDROCK_TIMEOUT_MS");
    }

    public static BedrockSettings from(Environment env) {
        return new BedrockSettings(
                env.get("BEDROCK_MODEL_ID", DEFAULT_MODEL_ID),
                env.getInt("BEDROCK_MAX_TOKENS", 1024),
                env.getDouble("BEDROCK_TEMPERATURE", 0.3),
                env.find("BEDROCK_GUARDRAIL_ID"),
                env.get("BEDROCK_GUARDRAIL_VERSION", "DRAFT"),
                env.getInt("BEDROCK_MAX_ATTEMPTS", 4),
                Duration.ofMillis(env.getInt("BEDROCK_TIMEOUT_MS", 20_000)),
                Duration.ofMillis(env.getInt("BEDROCK_ATTEMPT_TIMEOUT_MS", 8_000)));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
