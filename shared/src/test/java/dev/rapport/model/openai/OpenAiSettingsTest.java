package dev.rapport.model.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.config.Environment;
import dev.rapport.model.ConversationModel;
import dev.rapport.wiring.Models;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

    @Test
    void defaultsPointAtALocalOllamaWithoutAKey() {
        OpenAiSettings settings = OpenAiSettings.from(Environment.of(Map.of()));

        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:11434/v1"));
        assertThat(settings.chatCompletions()).isEqualTo(URI.create("http://127.0.0.1:11434/v1/chat/completions"));
        assertThat(settings.model()).isEqualTo("qwen2.5:7b-instruct");
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void readsEveryVariableAndNeverPrintsTheKey() {
        OpenAiSettings settings = OpenAiSettings.from(Environment.of(Map.of(
                "OPENAI_BASE_URL",
                "https://vllm.internal/v1/",
                "OPENAI_MODEL",
                "Qwen/Qwen2.5-7B-Instruct",
                "OPENAI_API_KEY",
                "sk-secret",
                "OPENAI_MAX_TOKENS",
                "300",
                "OPENAI_TEMPERATURE",
                "0",
                "OPENAI_MAX_ATTEMPTS",
                "2",
                "OPENAI_TIMEOUT_MS",
                "9000")));

        assertThat(settings)
                .isEqualTo(new OpenAiSettings(
                        URI.create("https://vllm.internal/v1/"),
                        "Qwen/Qwen2.5-7B-Instruct",
                        Optional.of("sk-secret"),
                        300,
                        0,
                        2,
                        Duration.ofMillis(9000)));
        assertThat(settings.chatCompletions()).isEqualTo(URI.create("https://vllm.internal/v1/chat/completions"));
        assertThat(settings.toString()).doesNotContain("sk-secret");
    }

    @Test
    void refusesValuesThatCannotWork() {
        for (Map<String, String> bad : List.of(
                Map.of("OPENAI_BASE_URL", "127.0.0.1:11434"),
                Map.of("OPENAI_BASE_URL", "ftp://host/v1"),
                Map.of("OPENAI_MAX_TOKENS", "0"),
                Map.of("OPENAI_TEMPERATURE", "3"),
                Map.of("OPENAI_MAX_ATTEMPTS", "zero"),
                Map.of("OPENAI_TIMEOUT_MS", "0"))) {
            assertThatThrownBy(() -> OpenAiSettings.from(Environment.of(bad)))
                    .as(bad.toString())
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theOpenAiCompatibleProviderWiresThisAdapter() {
        ConversationModel model = Models.fromEnvironment(Environment.of(Map.of("MODEL_PROVIDER", "openai-compatible")));

        assertThat(model).isInstanceOf(OpenAiCompatibleModel.class);
        assertThat(model.name()).isEqualTo("openai-compatible");
        assertThatThrownBy(() -> Models.fromEnvironment(Environment.of(Map.of("MODEL_PROVIDER", "openai"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("openai-compatible");
    }
}
