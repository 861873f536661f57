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
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.Channel;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.NewReminder;
import dev.rapport.reminders.ReminderService;
import dev.rapport.reminders.ReminderSweep;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Export and erasure of everything held about a customer, across every table, on the embedded DynamoDB. */
class PersonalDataServiceTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private TestDynamoDb.ConversationTables tables;
    private String memory;
    private String reminderTable;
    private ReminderService reminders;
    private ReminderSweep sweep;
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
        DynamoDbSettingsStore settingsStore = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        settings = new SettingsService(settingsStore, new DynamoDbProfileData(dynamo.client(), List.of(
                new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")))), owner -> { });
        reminderTable = dynamo.createRemindersTable();
        DynamoDbReminderStore reminderStore = new DynamoDbReminderStore(dynamo.client(), reminderTable, new DueSlots(2));
        reminders = new ReminderService(reminderStore, settingsStore, new PiiRedactor(), Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
        sweep = new ReminderSweep(reminderStore, settingsStore, Channel.NONE, new DueSlots(2), Duration.ofMinutes(5),
                Duration.ofHours(1));
        personalData = new PersonalDataService(new DynamoDbPersonalData(dynamo.client(), List.of(
                new DynamoDbPersonalData.Table("conversations", tables.conversations(), List.of("pk", "sk")),
                new DynamoDbPersonalData.Table("idempotency", tables.idempotency(), List.of("id")),
                new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")),
                new DynamoDbPersonalData.Table("reminders", reminderTable, List.of("pk", "sk")))), Clock.systemUTC());
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
        assertThat(export.data().get("reminders")).extracting(item -> item.get("sk").toString())
                .anySatisfy(sk -> assertThat(sk).startsWith("REMINDER#"))
                .anySatisfy(sk -> assertThat(sk).startsWith("INBOX#"))
                .anySatisfy(sk -> assertThat(sk).isEqualTo("COUNT#ACTIVE"))
                .hasSize(3);
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
        assertThat(erasure.itemsDeleted()).isEqualTo(8); // and a reminder with its inbox message and its count
        assertThat(itemsOf(alice)).isZero();
        assertThat(itemsOf(bob)).isEqualTo(bobsItems).isPositive();
        assertThat(settings.get(alice).timezone()).isEqualTo("UTC");
        assertThat(personalData.erase(alice).itemsDeleted()).isZero();
    }

    /**
     * A customer with settings, one session of two turns, the second sent with an Idempotency-Key,
     * and a reminder delivered to their inbox.
     */
    private ChatReply livesIn(Caller caller, String fact) {
        settings.update(caller, new SettingsUpdate(null, null, null, "Asia/Shanghai", null, null));
        Instant soon = Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        reminders.create(caller, new NewReminder("pick up the parcel", soon.toString(), null, null, null));
        sweep.run(soon);
        ChatReply first = chat.chat(caller, new ChatCommand(fact, null, null, "en", null));
        return chat.chat(caller, new ChatCommand("What did I say?", first.sessionId(), null, "en",
                "key-" + UUID.randomUUID()));
    }

    /** Scans every table for anything keyed by or tagged with the customer: what an auditor would do. */
    private long itemsOf(Caller caller) {
        String hash = hash(caller);
        long count = 0;
        try (DynamoDbClient client = dynamo.client()) {
            for (String table : List.of(tables.conversations(), tables.idempotency(), memory, reminderTable)) {
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
