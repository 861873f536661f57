package dev.rapport.local.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Http;
import dev.rapport.local.testing.Repository;
import dev.rapport.testing.BedrockConversationFormat;
import dev.rapport.testing.PiiCorpusValues;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The training-data export job run by the local stack's own function: a demo conversation full
 * of personal data and rated 5 comes out in Bedrock's format with none of it; a customer who turned
 * memory off stays out; a scheduled event exports the day before it fired.
 */
class TrainingExportLocalTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @Test
    void aRatedConversationFullOfPiiIsExportedInBedrocksFormatWithNoneOfIt() throws IOException {
        String customer = stack.mintToken("export-" + System.nanoTime(), List.of());
        List<PiiCorpusValues.Snippet> snippets = PiiCorpusValues.snippetsWithPii();
        String sessionId = null;
        String firstTurn = null;
        for (int i = 0; i < 6; i++) {
            String text = snippets.get(i * 37 % snippets.size()).text();
            JsonNode reply = Http.json(http.send(http.postJson(
                    "/v1/chat",
                    Json.write(
                            sessionId == null
                                    ? java.util.Map.of("message", text)
                                    : java.util.Map.of("message", text, "sessionId", sessionId)),
                    customer)));
            sessionId = reply.path("sessionId").asText();
            firstTurn = firstTurn == null ? reply.path("turnId").asText() : firstTurn;
        }
        http.send(http.postJson("/v1/turns/" + firstTurn + "/feedback", "{\"rating\":5}", customer));
        String private_ = stack.mintToken("private-" + System.nanoTime(), List.of());
        http.send(http.request("/v1/settings")
                .header("Authorization", "Bearer " + private_)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"memoryEnabled\":false}")));
        JsonNode privateTurn =
                Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"Hello there\"}", private_)));
        http.send(http.postJson(
                "/v1/turns/" + privateTurn.path("turnId").asText() + "/feedback", "{\"thumbs\":\"up\"}", private_));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        JsonNode manifest = Json.MAPPER.readTree(stack.functions()
                .get("TrainingExportFunction")
                .invoke("{\"from\":\"" + today + "\",\"to\":\"" + today + "\",\"minRating\":4}"));

        Path data = Path.of(manifest.path("data").asText());
        assertThat(data).startsWith(stack.exportDir());
        List<String> lines = Files.readAllLines(data);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(BedrockConversationFormat.violations(line)).as(line).isEmpty();
        }
        String everything = Files.readString(data);
        Set<String> pii = PiiCorpusValues.all();
        assertThat(pii).hasSizeGreaterThan(250);
        assertThat(pii.stream().filter(everything::contains).toList())
                .as("raw PII in the export")
                .isEmpty();
        assertThat(lines.stream().filter(l -> l.contains("Hello there")))
                .as("the customer who turned memory off")
                .isEmpty();
        assertThat(lines.stream().filter(l -> messages(l) == 12))
                .as("our six-turn conversation")
                .isNotEmpty();
        assertThat(manifest.path("excluded").path("consentOff").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(Path.of(manifest.path("data").asText().replace(".jsonl", ".manifest.json")))
                .isRegularFile();
    }

    @Test
    void aScheduledEventExportsTheDayBeforeItFired() throws IOException {
        String event = Files.readString(Repository.ROOT.resolve("events/training-export-schedule.json"));

        JsonNode manifest = Json.MAPPER.readTree(
                stack.functions().get("TrainingExportFunction").invoke(event));

        assertThat(manifest.path("from").asText()).isEqualTo("2026-11-24");
        assertThat(manifest.path("to").asText()).isEqualTo("2026-11-24");
        assertThat(manifest.path("minRating").asInt()).isEqualTo(4);
        assertThat(manifest.path("empty").asBoolean()).isTrue();
        assertThat(Path.of(manifest.path("data").asText())).isEmptyFile();
    }

    private static int messages(String line) {
        try {
            return Json.MAPPER.readTree(line).path("messages").size();
        } catch (IOException e) {
            return -1;
        }
    }
}
