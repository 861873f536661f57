package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.ModelExtractor;
import dev.rapport.memory.Polarity;
import dev.rapport.memory.TurnRecorded;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import dev.rapport.testing.StubRequests;
import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out preference statements through the Bedrock extraction path, end to end: each is a chat
 * turn, the curator sends it to Converse with the extraction tool's schema, parses the tool call and
 * stores what passes our checks. The Converse stub answers every statement with one fixed, made-up
 * fact, so this proves the wiring (request shape, schema, parsing, storage, our own instruction
 * check), not what Bedrock would extract: there are no recorded Bedrock replies, and no quality figure
 * comes from here.
 */
class ExtractionOverConverseTest {

    private static final String FIXED_FACT = """
        {"toolUse":{"toolUseId":"tu-1","name":"record_customer_facts","input":{"facts":[{"category":"PREFERENCE",\
        "slot":"preference:green tea","value":"likes","statement":"likes green tea","polarity":"likes",\
        "object":"green tea","strength":"normal","confidence":0.9,"quote":"green tea"}],"instruction":false}}}\
        """;

    private static WireMockServer stub;

    @BeforeAll
    static void startStub() {
        stub = new WireMockServer(wireMockConfig().dynamicPort());
        stub.start();
        stub.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(okJson("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[" + FIXED_FACT
                        + "]}},\"stopReason\":\"tool_use\",\"usage\":{\"inputTokens\":300,\"outputTokens\":60,"
                        + "\"totalTokens\":360},\"metrics\":{\"latencyMs\":42}}")));
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @Test
    void everyHeldOutStatementTravelsTheBedrockPathWithTheSchemaAndIsParsedAndStored() throws IOException {
        TestDynamoDb dynamo = TestDynamoDb.shared();
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memoryTable = dynamo.createMemoryTable();
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), memoryTable);
        ChatService chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 10_000, 0, ""))
                .build();
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(dynamo.enhanced(), memoryTable, Clock.systemUTC());
        DynamoDbMemoryStore memories = new DynamoDbMemoryStore(dynamo.client(), memoryTable, Clock.systemUTC());
        SettingsService consent =
                new SettingsService(settings, new DynamoDbProfileData(dynamo.client(), List.of()), owner -> {});
        MemoryCurator curator = new MemoryCurator(
                new ModelExtractor(bedrock()),
                memories,
                settings,
                new DynamoDbTurnLedger(dynamo.enhanced(), tables.conversations()),
                MemoryBook.DEFAULT_CAPACITY,
                BirthdayAudience.NONE);
        SessionHistory history = new SessionHistory(store, 200);
        List<String> statements = heldOutStatements();
        int stored = 0;
        int refused = 0;
        for (String statement : statements) {
            Caller customer = new Caller("bedrock-eval-" + UUID.randomUUID(), Set.of());
            consent.update(customer, new SettingsUpdate(true, true, null, null, null, null));
            ChatReply reply = chat.chat(customer, new ChatCommand(statement, null, null, null, null));
            Turn turn = history.turns(customer, reply.sessionId(), null).getLast();
            Owner owner = Owner.of(customer, null);
            curator.curate(
                    new TurnRecorded(owner, reply.sessionId(), turn.seq(), turn.turnId(), turn.at(), turn.message()));
            List<Memory> book =
                    memories.load(owner).map(v -> v.book().current()).orElse(List.of());
            if (book.isEmpty()) {
                refused++;
                continue;
            }
            assertThat(book).singleElement().satisfies(m -> {
                assertThat(m.polarity()).isEqualTo(Polarity.LIKES);
                assertThat(m.object()).isEqualTo("green tea");
                assertThat(m.provenance().turnId()).isEqualTo(turn.turnId());
            });
            stored++;
        }

        List<JsonNode> requests = StubRequests.bodies(stub.getAllServeEvents());
        System.out.printf(
                "Bedrock extraction path, held-out statements: %d sent, %d requests, %d parsed and stored,"
                        + " %d stored nothing (refused by our own checks); no quality figure (fixed stub reply)%n",
                statements.size(), requests.size(), stored, refused);
        assertThat(requests).hasSize(statements.size());
        assertThat(requests).allSatisfy(request -> {
            JsonNode spec = request.path("toolConfig").path("tools").get(0).path("toolSpec");
            assertThat(spec.path("name").asText()).isEqualTo("record_customer_facts");
            JsonNode fact = spec.path("inputSchema")
                    .path("json")
                    .path("properties")
                    .path("facts")
                    .path("items");
            assertThat(fact.path("properties").path("polarity").path("enum").toString())
                    .isEqualTo("[\"likes\",\"avoids\",\"requires\"]");
            assertThat(fact.path("properties").has("object")).isTrue();
            assertThat(fact.path("properties").has("strength")).isTrue();
            assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("user");
        });
        assertThat(stored + refused).isEqualTo(statements.size());
        assertThat(stored).isGreaterThan(statements.size() * 3 / 4);
    }

    private static List<String> heldOutStatements() throws IOException {
        try (InputStream in = ExtractionOverConverseTest.class.getResourceAsStream("/memory-eval/held-out.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .map(line ->
                            Json.read(line, JsonNode.class).path("statement").asText())
                    .toList();
        }
    }

    private static BedrockConverseModel bedrock() {
        return StubbedBedrock.at(stub.baseUrl());
    }
}
