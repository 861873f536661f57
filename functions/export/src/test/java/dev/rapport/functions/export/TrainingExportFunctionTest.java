package dev.rapport.functions.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.export.InvalidExportRequest;
import dev.rapport.export.TrainingExport;
import dev.rapport.json.Json;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.storage.dynamodb.DynamoDbConversationSource;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.files.FileSystemExportSink;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.wiring.TrainingExportApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The export job invoked with the on-demand events of events/, against the embedded DynamoDB, into a folder. */
class TrainingExportFunctionTest {

    @TempDir
    Path folder;

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private TrainingExportFunction function;

    @BeforeEach
    void setUp() {
        String conversations = dynamo.createConversationTables().conversations();
        DynamoDbSettingsStore settings =
                new DynamoDbSettingsStore(dynamo.enhanced(), dynamo.createMemoryTable(), Clock.systemUTC());
        function = new TrainingExportFunction(new TrainingExportApplication(
                new TrainingExport(
                        new DynamoDbConversationSource(dynamo.enhanced(), conversations),
                        settings,
                        new FileSystemExportSink(folder),
                        new PiiRedactor(),
                        "You are a helpful assistant.",
                        Clock.systemUTC()),
                1,
                4));
    }

    @Test
    void anOnDemandRangeIsExportedAndAnsweredWithTheManifest() throws IOException {
        JsonNode manifest = Json.MAPPER.readTree(invoke(event("training-export-on-demand")));

        assertThat(manifest.path("from").asText()).isEqualTo("2026-11-24");
        assertThat(manifest.path("to").asText()).isEqualTo("2026-11-25");
        assertThat(manifest.path("minRating").asInt()).isEqualTo(4);
        assertThat(folder.resolve("training-2026-11-24_2026-11-25-min4.jsonl")).isEmptyFile();
        assertThat(folder.resolve("training-2026-11-24_2026-11-25-min4.manifest.json"))
                .isRegularFile();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "training-export-bad-date       | from \"2026-11-31\" is not a date (yyyy-MM-dd)",
                "training-export-reversed-range | from 2026-11-30 is after to 2026-11-01",
                "training-export-range-too-long | is 334 days; an export covers at most 31",
                "training-export-bad-rating     | minRating 6 is outside 1-5",
            })
    void badInputFailsTheInvocationWithItsReasonAndWritesNothing(String event, String reason) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        assertThatThrownBy(() -> function.handleRequest(event(event), output, new TestContext("r-1", "export")))
                .isInstanceOf(InvalidExportRequest.class)
                .hasMessageContaining(reason);

        assertThat(output.size()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"from\":\"2026-11-24\"}                                | to is missing",
                "{\"from\":20261124,\"to\":\"2026-11-24\"}                 | from 20261124 is not a date",
                "{\"from\":\"2026-11-24\",\"to\":\"2026-11-24\",\"minRating\":\"4\"} | minRating \"4\" is not a whole"
                        + " number",
                "{\"from\":\"2026-11-24\",\"to\":\"2026-11-24\",\"minRating\":4.5}   | minRating 4.5 is not a whole"
                        + " number",
                "[\"2026-11-24\"]                                        | not a JSON object",
                "{\"from\":                                              | the event is not JSON",
            })
    void malformedFieldsAreNamedInTheError(String event, String reason) throws IOException {
        InputStream input = new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() ->
                        function.handleRequest(input, new ByteArrayOutputStream(), new TestContext("r-2", "export")))
                .isInstanceOf(InvalidExportRequest.class)
                .hasMessageContaining(reason);

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private String invoke(InputStream event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        function.handleRequest(event, output, new TestContext("r-0", "export"));
        return output.toString(StandardCharsets.UTF_8);
    }

    private static InputStream event(String name) throws IOException {
        return Files.newInputStream(Path.of("../../events/" + name + ".json"));
    }
}
