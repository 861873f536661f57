package dev.rapport.model.openai;

import dev.rapport.config.Environment;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How Rapport calls an OpenAI-compatible server (Ollama, vLLM, llama.cpp server): where, which model,
 * the inference settings and the retry budget. The defaults point at a local Ollama.
 *
 * @param apiKey sent as a bearer token only when present; local servers need none
 * @param maxAttempts tries for a throttled, overloaded or unreachable server before the turn gives up
 * @param timeout one attempt, from sending to the last byte of the answer; a timed-out generation is
 *     not tried again (it would only double the customer's wait)
 */
public record OpenAiSettings(
        URI baseUrl,
        String model,
        Optional<String> apiKey,
        int maxTokens,
        double temperature,
        int maxAttempts,
        Duration timeout) {

    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:11434/v1";
    public static final String DEFAULT_MODEL = "qwen2.5:7b-instruct";

    public OpenAiSettings {
        require(
                baseUrl.isAbsolute()
                        && baseUrl.getHost() != null
                        && ("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())),
                "OPENAI_BASE_URL must be an http(s) URL");
        require(model != null && !model.isBlank(), "OPENAI_MODEL must not be blank");
        require(maxTokens > 0, "OPENAI_MAX_TOKENS must be positive");
        require(temperature >= 0 && temperature <= 2, "OPENAI_TEMPERATURE must be between 0 and 2");
        require(maxAttempts > 0, "OPENAI_MAX_ATTEMPTS must be positive");
        require(timeout.isPositive(), "OPENAI_TIMEOUT_MS must be positive");
    }

    public static OpenAiSettings from(Environment env) {
        return new OpenAiSettings(
                parse(env.get("OPENAI_BASE_URL", DEFAULT_BASE_URL)),
                env.get("OPENAI_MODEL", DEFAULT_MODEL),
                env.find("OPENAI_API_KEY"),
                env.getInt("OPENAI_MAX_TOKENS", 1024),
                env.getDouble("OPENAI_TEMPERATURE", 0.3),
                env.getInt("OPENAI_MAX_ATTEMPTS", 3),
                Duration.ofMillis(env.getInt("OPENAI_TIMEOUT_MS", 25_000)));
    }

    /** {@code {baseUrl}/chat/completions}, whether or not the base URL ends with a slash. */
    URI chatCompletions() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    /** The key never appears in logs or exception messages. */
    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isPresent() ? "***" : "none")
                + ", maxTokens=" + maxTokens + ", temperature=" + temperature + ", maxAttempts=" + maxAttempts
                + ", timeout=" + timeout + "]";
    }

    private static URI parse(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("OPENAI_BASE_URL must be an http(s) URL");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
