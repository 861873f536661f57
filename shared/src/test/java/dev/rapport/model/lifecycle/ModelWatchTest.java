package dev.rapport.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The daily check against a catalog that answers what each test tells it to, with the log lines it writes. */
class ModelWatchTest {

    private static final String CONVERSATION = "anthropic.claude-3-haiku-20240307-v1:0";
    private static final String EMBEDDINGS = "amazon.titan-embed-text-v2:0";
    private static final List<WatchedModel> BOTH = List.of(
            new WatchedModel(CONVERSATION, "BedrockModelId"), new WatchedModel(EMBEDDINGS, "EmbeddingsModelId"));
    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    private final Map<String, Supplier<ModelLifecycle>> answers = new LinkedHashMap<>();
    private final Map<String, LifecycleStatus> published = new LinkedHashMap<>();
    private final ModelWatch watch =
            new ModelWatch(id -> answers.get(id).get(), published::put, BOTH, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void activeModelsArePublishedActiveAndLoggedAtInfo() {
        answers.put(CONVERSATION, () -> lifecycle(CONVERSATION, LifecycleStatus.ACTIVE, LifecycleDates.NONE));
        answers.put(EMBEDDINGS, () -> lifecycle(EMBEDDINGS, LifecycleStatus.ACTIVE, LifecycleDates.NONE));

        List<JsonNode> logs = logsOf(watch::check);

        assertThat(published)
                .containsExactly(
                        Map.entry(CONVERSATION, LifecycleStatus.ACTIVE), Map.entry(EMBEDDINGS, LifecycleStatus.ACTIVE));
        assertThat(logs).extracting(l -> l.path("level").asText()).containsExactly("INFO", "INFO");
    }

    @Test
    void aLegacyModelIsPublishedLegacyAndWarnedAboutWithWhatToChange() {
        Instant endOfLife = Instant.parse("2027-03-01T00:00:00Z");
        answers.put(
                CONVERSATION,
                () -> lifecycle(
                        CONVERSATION,
                        LifecycleStatus.LEGACY,
                        new LifecycleDates(null, Instant.parse("2026-09-01T00:00:00Z"), null, endOfLife)));
        answers.put(EMBEDDINGS, () -> lifecycle(EMBEDDINGS, LifecycleStatus.ACTIVE, LifecycleDates.NONE));

        List<JsonNode> logs = logsOf(watch::check);

        assertThat(published)
                .containsEntry(CONVERSATION, LifecycleStatus.LEGACY)
                .containsEntry(EMBEDDINGS, LifecycleStatus.ACTIVE);
        assertThat(logs)
                .filteredOn(l -> l.path("level").asText().equals("WARN"))
                .singleElement()
                .satisfies(l -> assertThat(l.path("message").asText())
                        .contains(CONVERSATION)
                        .contains("Legacy")
                        .contains("BedrockModelId=")
                        .contains(endOfLife.toString())
                        .contains("docs/deploy.md"));
    }

    @Test
    void anEndOfLifeModelIsPublishedAndLoggedAsAnError() {
        answers.put(CONVERSATION, () -> lifecycle(CONVERSATION, LifecycleStatus.ACTIVE, LifecycleDates.NONE));
        answers.put(EMBEDDINGS, () -> ModelLifecycle.endOfLife(EMBEDDINGS, "Bedrock does not know it"));

        List<JsonNode> logs = logsOf(watch::check);

        assertThat(published).containsEntry(EMBEDDINGS, LifecycleStatus.END_OF_LIFE);
        assertThat(logs)
                .filteredOn(l -> l.path("level").asText().equals("ERROR"))
                .singleElement()
                .satisfies(l -> assertThat(l.path("message").asText())
                        .contains(EMBEDDINGS)
                        .contains("end of life")
                        .contains("EmbeddingsModelId="));
    }

    @Test
    void aLegacyModelPastItsEndOfLifeDateIsEndOfLife() {
        answers.put(
                CONVERSATION,
                () -> lifecycle(
                        CONVERSATION,
                        LifecycleStatus.LEGACY,
                        new LifecycleDates(null, null, null, NOW.minusSeconds(1))));
        answers.put(
                EMBEDDINGS,
                () -> lifecycle(
                        EMBEDDINGS, LifecycleStatus.LEGACY, new LifecycleDates(null, null, null, NOW.plusSeconds(1))));

        List<ModelLifecycle> checked = watch.check();

        assertThat(checked)
                .extracting(ModelLifecycle::status)
                .containsExactly(LifecycleStatus.END_OF_LIFE, LifecycleStatus.LEGACY);
    }

    @Test
    void aModelThatCannotBeCheckedIsUnknownAndTheOtherIsStillReported() {
        answers.put(CONVERSATION, () -> {
            throw new IllegalStateException("catalog broke");
        });
        answers.put(EMBEDDINGS, () -> lifecycle(EMBEDDINGS, LifecycleStatus.LEGACY, LifecycleDates.NONE));

        List<JsonNode> logs = logsOf(watch::check);

        assertThat(published)
                .containsExactly(
                        Map.entry(CONVERSATION, LifecycleStatus.UNKNOWN),
                        Map.entry(EMBEDDINGS, LifecycleStatus.LEGACY));
        assertThat(logs)
                .anySatisfy(l -> assertThat(l.path("message").asText())
                        .contains("lifecycle of model " + CONVERSATION)
                        .contains("unknown")
                        .contains("IllegalStateException"));
    }

    @Test
    void withNoBedrockModelConfiguredNothingIsCheckedAndTheLogSaysSo() {
        ModelWatch idle = new ModelWatch(
                id -> {
                    throw new AssertionError("asked about " + id);
                },
                published::put,
                List.of(),
                Clock.systemUTC());

        List<JsonNode> logs = logsOf(() -> assertThat(idle.check()).isEmpty());

        assertThat(published).isEmpty();
        assertThat(logs)
                .singleElement()
                .satisfies(l -> assertThat(l.path("message").asText()).contains("nothing to watch"));
    }

    private static ModelLifecycle lifecycle(String id, LifecycleStatus status, LifecycleDates dates) {
        return new ModelLifecycle(id, List.of(id), status, dates, "");
    }

    /** The JSON log lines written while {@code body} runs. */
    private static List<JsonNode> logsOf(Runnable body) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("{"))
                .map(line -> Json.read(line, JsonNode.class))
                .filter(log -> log.has("level"))
                .toList();
    }
}
