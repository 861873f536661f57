package dev.rapport.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.ConversationStore;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.DynamoDbLocalServer;
import dev.rapport.testing.RecordingModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Export and erasure of everything held about a customer, across every table, on DynamoDB Local. */
class PersonalDataServiceTest {

    private final DynamoDbLocalServer dynamo = DynamoDbLocalServer.shared();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private DynamoDbLocalServer.ConversationTables tables;
    private String memory;
    private ChatService chat;
    private SettingsService settings;
    private PersonalDataService personalData;

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        memory = dynamo.createMemoryTable();
        ConversationStore store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        chat = new ChatService(store, new RecordingModel(),
                new ChatSettings(new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""));
        settings = new SettingsService(new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC()));
        personalData = new PersonalDataService(new DynamoDbPersonalData(dynamo.client(), List.of(
                new DynamoDbPersonalData.Table("conversations", tables.conversations(), List.of("pk", "sk")),
                new DynamoDbPersonalData.Table("idempotency", tables.idempotency(), List.of("id")),
                new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")))), Clock.systemUTC());
    }

    @Test
    void theExportHoldsEverythingOfTheCallerAndNothingOfAnyoneElse() {
        ChatReply mine = livesIn(alice, "My order number is 55120");
        livesIn(bob, "Bob's secret parcel 77001");

        PersonalDataService.Export export = personalData.export(alice);

        assertThat(export.data().get("conversations")).hasSize(3); // session + 2 turns
        assertThat(export.data().get("idempotency")).hasSize(1);
        assertThat(export.data().get("memory")).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("timezone", "Asia/Shanghai"));
        assertThat(export.data().toString()).contains("55120").contains(mine.sessionId())
                .doesNotContain("77001").doesNotContain(hash(bob));
    }

    @Test
    void erasureLeavesNothingOfTheCallerInAnyTableAndSparesEveryoneElse() {
        livesIn(alice, "My order number is 55120");
        livesIn(bob, "Bob's parcel 77001");
        long bobsItems = itemsOf(bob);

        PersonalDataService.Erasure erasure = personalData.erase(alice);

        assertThat(erasure.erased()).isTrue();
        assertThat(erasure.itemsDeleted()).isEqualTo(5);
        assertThat(itemsOf(alice)).isZero();
        assertThat(itemsOf(bob)).isEqualTo(bobsItems).isPositive();
        assertThat(settings.get(alice).timezone()).isEqualTo("UTC");
        assertThat(personalData.erase(alice).itemsDeleted()).isZero();
    }

    /** A customer with settings, one session of two turns, the second sent with an Idempotency-Key. */
    private ChatReply livesIn(Caller caller, String fact) {
        settings.update(caller, new SettingsUpdate(null, null, null, "Asia/Shanghai", null, null));
        ChatReply first = chat.chat(caller, new ChatCommand(fact, null, null, "en", null));
        return chat.chat(caller, new ChatCommand("What did I say?", first.sessionId(), null, "en",
                "key-" + UUID.randomUUID()));
    }

    /** Scans every table for anything keyed by or tagged with the customer: what an auditor would do. */
    private long itemsOf(Caller caller) {
        String hash = hash(caller);
        long count = 0;
        try (DynamoDbClient client = dynamo.client()) {
            for (String table : List.of(tables.conversations(), tables.idempotency(), memory)) {
                for (Map<String, AttributeValue> item : client.scanPaginator(b -> b.tableName(table)).items()) {
                    if (item.toString().contains(hash)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static String hash(Caller caller) {
        return Owner.of(caller, null).customerHash();
    }
}
