package dev.rapport.functions.curator;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.rapport.analytics.Counter;
import dev.rapport.analytics.Tally;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.ConsentAnswer;
import dev.rapport.memory.ConsentQuestion;
import dev.rapport.memory.ConsentRecord;
import dev.rapport.memory.ExtractionInput;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.Provenance;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.storage.dynamodb.DynamoDbAnalyticsLedger;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** The curator driven by a DynamoDB stream event in the shape Lambda delivers, against the embedded DynamoDB. */
class MemoryCuratorFunctionTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private static final Owner OWNER = new Owner("q5Pq0w2Cq7rEkQz1nF0bq3k4Yx8s9JvXo2uW1cHn6aA", "default");

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private DynamoDbMemoryStore memories;
    private MemoryCuratorFunction function;
    private TestDynamoDb.ConversationTables conversations;

    @BeforeEach
    void setUp() {
        String table = dynamo.createMemoryTable();
        conversations = dynamo.createConversationTables();
        memories = new DynamoDbMemoryStore(dynamo.client(), table, Clock.systemUTC());
        function = new MemoryCuratorFunction(new MemoryCurator(
                new RuleBasedExtractor(),
                memories,
                new DynamoDbSettingsStore(dynamo.enhanced(), table, Clock.systemUTC()),
                new DynamoDbTurnLedger(dynamo.enhanced(), conversations.conversations()),
                200,
                BirthdayAudience.NONE));
        storeTheTurnOf(event());
    }

    @Test
    void aTurnErasedBeforeItsRecordArrivesBringsNothingBack() {
        try (DynamoDbClient client = dynamo.client()) {
            var keys = event().getRecords().getFirst().getDynamodb().getKeys();
            client.deleteItem(b -> b.tableName(conversations.conversations())
                    .key(Map.of(
                            "pk",
                            S(keys.get("pk").getS()),
                            "sk",
                            S(keys.get("sk").getS()))));
        }

        StreamsEventResponse response = function.handleRequest(event(), new TestContext());

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(memories.load(OWNER)).isEmpty();
    }

    /** The stream reports a write that happened: put the turn where the record says it is. */
    private void storeTheTurnOf(DynamodbEvent event) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = new HashMap<>();
        event.getRecords()
                .getFirst()
                .getDynamodb()
                .getNewImage()
                .forEach((name, value) -> item.put(
                        name,
                        value.getS() != null
                                ? S(value.getS())
                                : value.getN() != null
                                        ? software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
                                                value.getN())
                                        : software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(
                                                value.getBOOL())));
        try (DynamoDbClient client = dynamo.client()) {
            client.putItem(b -> b.tableName(conversations.conversations()).item(item));
        }
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue S(String value) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value);
    }

    @Test
    void aNewTurnBecomesMemoriesWithProvenanceAndSessionUpdatesAreIgnored() {
        StreamsEventResponse response = function.handleRequest(event(), new TestContext());

        assertThat(response.getBatchItemFailures()).isEmpty();
        List<Memory> current = memories.load(OWNER).orElseThrow().book().current();
        assertThat(current).extracting(Memory::statement).containsExactlyInAnyOrder("is vegetarian", "wears size M");
        assertThat(current).allSatisfy(m -> {
            assertThat(m.provenance().turnId()).isEqualTo("0f8e7d6c-5b4a-4392-8170-6a5b4c3d2e1f");
            assertThat(m.provenance().sessionId()).isEqualTo("7b1f2a9e-4c1d-4e5f-9a8b-2c3d4e5f6a7b");
        });
    }

    @Test
    void aRetriedBatchNeverDuplicatesAMemory() {
        function.handleRequest(event(), new TestContext());
        long version = memories.load(OWNER).orElseThrow().version();

        function.handleRequest(event(), new TestContext());

        assertThat(memories.load(OWNER).orElseThrow().book().current()).hasSize(2);
        assertThat(memories.load(OWNER).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void theMemoriesOfATurnAreCountedOnceThoughItsRecordArrivesTwice() {
        String analytics = dynamo.createAnalyticsTable();
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        LocalDate day = LocalDate.parse("2026-11-24");
        String table = dynamo.createMemoryTable();
        MemoryCuratorFunction counting = new MemoryCuratorFunction(new MemoryCurator(
                new RuleBasedExtractor(),
                new DynamoDbMemoryStore(dynamo.client(), table, analytics, Clock.fixed(at, ZoneOffset.UTC)),
                new DynamoDbSettingsStore(dynamo.enhanced(), table, Clock.systemUTC()),
                new DynamoDbTurnLedger(dynamo.enhanced(), conversations.conversations()),
                200,
                BirthdayAudience.NONE));

        counting.handleRequest(event(), new TestContext());
        counting.handleRequest(event(), new TestContext());

        Tally counted = new DynamoDbAnalyticsLedger(
                        dynamo.client(), analytics, Clock.systemUTC(), Duration.ofDays(3), Duration.ofDays(91))
                .days(day, day)
                .get(day);
        assertThat(counted.get(Counter.MEMORY_WRITES)).isEqualTo(2);
        assertThat(counted.get(Counter.MEMORY_DELETIONS)).isZero();
    }

    @Test
    void aPoisonRecordIsReportedByItsSequenceNumberAndStopsTheBatch() {
        DynamodbEvent event = event();
        DynamodbEvent.DynamodbStreamRecord first = event.getRecords().getFirst();
        first.getDynamodb().setNewImage(new HashMap<>(first.getDynamodb().getNewImage()));
        first.getDynamodb().getNewImage().put("at", new AttributeValue().withS("not a time"));

        StreamsEventResponse response = function.handleRequest(event, new TestContext());

        assertThat(response.getBatchItemFailures())
                .singleElement()
                .satisfies(f -> assertThat(f.getItemIdentifier()).isEqualTo("111100000000000000000001"));
        assertThat(memories.load(OWNER)).isEmpty();
    }

    /**
     * DynamoDB's TTL deletes a session's items and writes REMOVE records by the service itself
     * ({@code userIdentity} type Service, principal dynamodb.amazonaws.com), keys only: no turn, and
     * the memories curated from the expired turn stay (they have a life of their own).
     */
    @Test
    void itemsExpiredByTtlAreNoTurnsAndLeaveTheMemoriesAlone() {
        function.handleRequest(event(), new TestContext());
        DynamodbEvent expired = EventLoader.loadDynamoDbEvent("../../events/ttl-expired-stream.json");
        assertThat(expired.getRecords()).allSatisfy(r -> {
            assertThat(r.getUserIdentity().getType()).isEqualTo("Service");
            assertThat(r.getUserIdentity().getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
        });

        StreamsEventResponse response = function.handleRequest(expired, new TestContext());

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(memories.load(OWNER).orElseThrow().book().current())
                .extracting(Memory::statement)
                .containsExactlyInAnyOrder("is vegetarian", "wears size M");
    }

    /** The chat function records a yes to its consent question on the answering turn; the curator keeps the fact. */
    @Test
    void aYesRecordedOnTheTurnKeepsThatSensitiveFactWithItsConsent() {
        DynamodbEvent event = event();
        DynamodbEvent.DynamodbStreamRecord first = event.getRecords().getFirst();
        Map<String, AttributeValue> image = new HashMap<>(first.getDynamodb().getNewImage());
        Instant stated = Instant.parse("2026-11-24T09:59:00Z");
        var fact = new RuleBasedExtractor()
                .extract(ExtractionInput.of("I'm allergic to nuts"))
                .candidates()
                .getFirst();
        var question = new ConsentQuestion(
                fact, new Provenance("stating-turn", image.get("sessionId").getS(), stated, "I'm allergic to nuts"));
        image.put("message", new AttributeValue().withS("yes"));
        image.put(
                "consentAnswer",
                new AttributeValue().withS(Json.write(new ConsentAnswer(question, true, stated.plusSeconds(30)))));
        first.getDynamodb().setNewImage(image);
        storeTheTurnOf(event);

        StreamsEventResponse response = function.handleRequest(event, new TestContext());

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(memories.load(OWNER).orElseThrow().book().current())
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.statement()).isEqualTo("is allergic to nuts");
                    assertThat(m.provenance().turnId()).isEqualTo("stating-turn");
                    assertThat(m.consent().how()).isEqualTo(ConsentRecord.ASKED_IN_CHAT);
                    assertThat(m.consent().turnId())
                            .isEqualTo(image.get("turnId").getS());
                });
    }

    private static DynamodbEvent event() {
        return EventLoader.loadDynamoDbEvent("../../events/turn-stream.json");
    }
}
