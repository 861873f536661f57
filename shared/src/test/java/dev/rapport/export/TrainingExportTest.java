package dev.rapport.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbConversationSource;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.files.FileSystemExportSink;
import dev.rapport.testing.BedrockConversationFormat;
import dev.rapport.testing.PiiCorpusValues;
import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The export over conversations in the embedded DynamoDB, into a folder: what goes in, what stays out, and why. */
class TrainingExportTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-24");

    @TempDir
    Path folder;

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private String conversations;
    private DynamoDbSettingsStore settings;
    private TrainingExport export;

    @BeforeEach
    void setUp() {
        conversations = dynamo.createConversationTables().conversations();
        settings = new DynamoDbSettingsStore(dynamo.enhanced(), dynamo.createMemoryTable(), Clock.systemUTC());
        export = new TrainingExport(
                new DynamoDbConversationSource(dynamo.enhanced(), conversations),
                settings,
                new FileSystemExportSink(folder),
                new PiiRedactor(),
                "You are a helpful assistant.",
                Clock.systemUTC());
    }

    @Test
    void wellRatedConsentedConversationsAreExportedDeIdentifiedAndTheRestIsAccountedFor() throws IOException {
        PiiCorpusValues.Snippet pii = PiiCorpusValues.snippetsWithPii().getFirst();
        seed("alice", "s-good", "2026-11-24T09:00:00Z", false, new String[][] {
            {"Where is my parcel? " + pii.text(), "It left the depot this morning.", "5"},
            {"Thanks", "You're welcome!", null}
        });
        seed("alice", "s-poor", "2026-11-24T10:00:00Z", false, new String[][] {{"Hello", "Hi", "2"}});
        seed("bob", "s-unrated", "2026-11-24T11:00:00Z", false, new String[][] {{"Hello", "Hi", null}});
        seed("carol", "s-private", "2026-11-24T12:00:00Z", false, new String[][] {{"Hello", "Hi", "5"}});
        seed("dave", "s-handed", "2026-11-24T13:00:00Z", true, new String[][] {{"转人工", "好的", "5"}});
        seed("erin", "s-outside", "2026-11-26T00:00:00Z", false, new String[][] {{"Hello", "Hi", "5"}});
        settings.save(
                "carol", new CustomerSettings(false, false, false, "UTC", null, CustomerSettings.DEFAULTS.profiles()));

        ExportManifest manifest = export.run(new ExportRequest(DAY, DAY.plusDays(1), 4));

        List<String> lines = Files.readAllLines(folder.resolve("training-2026-11-24_2026-11-25-min4.jsonl"));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(BedrockConversationFormat.violations(line)).isEmpty();
            pii.values().forEach(value -> assertThat(line).doesNotContain(value));
            JsonNode messages = Json.MAPPER.readTree(line).path("messages");
            assertThat(messages).hasSize(4);
            assertThat(messages.get(0).path("content").get(0).path("text").asText())
                    .startsWith("Where is my parcel?");
        });
        assertThat(manifest.conversations()).isEqualTo(1);
        assertThat(manifest.turns()).isEqualTo(2);
        assertThat(manifest.empty()).isFalse();
        assertThat(manifest.excluded())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("belowMinimumRating", 1L, "unrated", 1L, "consentOff", 1L, "handedOff", 1L));
        JsonNode written = Json.MAPPER.readTree(folder.resolve("training-2026-11-24_2026-11-25-min4.manifest.json")
                .toFile());
        assertThat(written.path("excluded").path("consentOff").asLong()).isEqualTo(1);
        assertThat(written.path("data").asText()).endsWith(".jsonl");
    }

    @Test
    void nothingToExportGivesAnEmptyFileAndAManifestSayingSo() throws IOException {
        ExportManifest manifest = export.run(new ExportRequest(DAY, DAY, 4));

        assertThat(folder.resolve("training-2026-11-24_2026-11-24-min4.jsonl")).isEmptyFile();
        assertThat(manifest.empty()).isTrue();
        assertThat(manifest.notes().getFirst()).contains("Nothing matched");
        assertThat(Files.readString(folder.resolve("training-2026-11-24_2026-11-24-min4.manifest.json")))
                .contains("\"empty\":true");
    }

    @Test
    void anExportThatFailsHalfWayLeavesNeitherAFileNorAManifest() throws IOException {
        seed("alice", "s-first", "2026-11-24T09:00:00Z", false, new String[][] {{"Hello", "Hi", "5"}});
        seed("bob", "s-second", "2026-11-24T10:00:00Z", false, new String[][] {{"Hello", "Hi", "5"}});
        ConversationSource realThenBroken =
                (from, to, each) -> new DynamoDbConversationSource(dynamo.enhanced(), conversations)
                        .forEachStartedBetween(from, to, c -> {
                            if (c.sessionId().equals("s-second")) {
                                throw new IllegalStateException("DynamoDB went away");
                            }
                            each.accept(c);
                        });
        TrainingExport failing = new TrainingExport(
                realThenBroken,
                settings,
                new FileSystemExportSink(folder),
                new PiiRedactor(),
                "You are a helpful assistant.",
                Clock.systemUTC());

        assertThatThrownBy(() -> failing.run(new ExportRequest(DAY, DAY, 4))).hasMessage("DynamoDB went away");

        try (var files = Files.list(folder)) {
            assertThat(files).as("no data file, no partial file, no manifest").isEmpty();
        }
    }

    @Test
    void theFormatCheckRejectsWhatBedrockWould() {
        assertThat(
                        BedrockConversationFormat.violations(
                                "{\"schemaVersion\":\"bedrock-conversation-2024\","
                                        + "\"system\":[{\"text\":\"s\"}],\"messages\":[{\"role\":\"assistant\",\"content\":[{\"text\":\"hi\"}]}]}"))
                .isNotEmpty();
        assertThat(BedrockConversationFormat.violations("{\"schemaVersion\":\"bedrock-conversation-2024\","
                        + "\"system\":[{\"text\":\"s\"}],\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]},{\"role\":\"assistant\",\"content\":[{\"text\":\""
                        + " \"}]}]}"))
                .contains("message 1 has a block without text");
    }

    /**
     * Items as the chat function writes them; the message text is stored unredacted here on purpose (an old record).
     */
    private void seed(String customer, String sessionId, String createdAt, boolean handedOff, String[][] turns) {
        String pk = "C#" + customer + "#P#default#S#" + sessionId;
        try (DynamoDbClient client = dynamo.client()) {
            Map<String, AttributeValue> session = new HashMap<>(Map.of(
                    "pk",
                    s(pk),
                    "sk",
                    s("SESSION"),
                    "sessionId",
                    s(sessionId),
                    "createdAt",
                    s(createdAt),
                    "updatedAt",
                    s(createdAt),
                    "customer",
                    s(customer),
                    "startDay",
                    s(createdAt.substring(0, 10))));
            if (handedOff) {
                session.put("handedOffAt", s(createdAt));
            }
            client.putItem(b -> b.tableName(conversations).item(session));
            for (int i = 0; i < turns.length; i++) {
                String turnId = sessionId + "-t" + i;
                Map<String, AttributeValue> turn = Map.of(
                        "pk",
                        s(pk),
                        "sk",
                        s(String.format("TURN#%010d", i + 1)),
                        "turnId",
                        s(turnId),
                        "message",
                        s(turns[i][0]),
                        "reply",
                        s(turns[i][1]),
                        "at",
                        s(createdAt),
                        "customer",
                        s(customer));
                client.putItem(b -> b.tableName(conversations).item(turn));
                if (turns[i][2] != null) {
                    Map<String, AttributeValue> feedback = Map.of(
                            "pk",
                            s(pk),
                            "sk",
                            s("FEEDBACK#" + turnId),
                            "ratedTurn",
                            s(turnId),
                            "rating",
                            AttributeValue.fromN(turns[i][2]),
                            "at",
                            s(createdAt),
                            "customer",
                            s(customer));
                    client.putItem(b -> b.tableName(conversations).item(feedback));
                }
            }
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
