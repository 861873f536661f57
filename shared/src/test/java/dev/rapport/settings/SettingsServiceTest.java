package dev.rapport.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.Consent;
import dev.rapport.memory.ExtractionInput;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryService;
import dev.rapport.memory.MemoryStore;
import dev.rapport.memory.Provenance;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.NewReminder;
import dev.rapport.reminders.ReminderService;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What a change of settings does to the data already held, across every table, on the embedded DynamoDB. */
class SettingsServiceTest {

    private static final CustomerSettings.Profile ME = new CustomerSettings.Profile("default", "Me");
    private static final CustomerSettings.Profile MUM = new CustomerSettings.Profile("mum", "Mum");

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final String aliceHash = Owner.of(alice, null).customerHash();
    private List<DynamoDbPersonalData.Table> tables;
    private DynamoDbMemoryStore books;
    private DynamoDbSettingsStore settingsStore;
    private SettingsService settings;
    private MemoryService memories;
    private ReminderService reminders;
    private ChatService chat;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables conversations = dynamo.createConversationTables();
        String memory = dynamo.createMemoryTable();
        String reminderTable = dynamo.createRemindersTable();
        tables = List.of(
                new DynamoDbPersonalData.Table("conversations", conversations.conversations(), List.of("pk", "sk")),
                new DynamoDbPersonalData.Table("idempotency", conversations.idempotency(), List.of("id")),
                new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")),
                new DynamoDbPersonalData.Table("reminders", reminderTable, List.of("pk", "sk")));
        books = new DynamoDbMemoryStore(dynamo.client(), memory, Clock.systemUTC());
        settingsStore = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        memories = new MemoryService(books, new Profiles(settingsStore), new PiiRedactor(), 200, BirthdayAudience.NONE);
        settings = new SettingsService(
                settingsStore, new DynamoDbProfileData(dynamo.client(), tables), memories::dropSensitive);
        reminders = new ReminderService(
                new DynamoDbReminderStore(dynamo.client(), reminderTable, new DueSlots(2)),
                settingsStore,
                new PiiRedactor(),
                Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
        chat = ChatService.builder()
                .store(new DynamoDbConversationStore(
                        dynamo.enhanced(),
                        conversations.conversations(),
                        conversations.idempotency(),
                        memory,
                        reminderTable,
                        new DueSlots(2)))
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .build();
    }

    @Test
    void withdrawingSensitiveConsentReachesAProfileThatIsNotInTheSettings() {
        settings.update(alice, new SettingsUpdate(null, true, null, null, null, null));
        // Written before profiles were checked: a book under a profile the settings never listed.
        Owner ghost = new Owner(aliceHash, "ghost2");
        remember(ghost, "I'm allergic to peanuts and I love black jackets");

        settings.update(alice, new SettingsUpdate(null, false, null, null, null, null));

        MemoryBook after = books.load(ghost).orElseThrow().book();
        assertThat(after.current())
                .extracting(m -> m.statement())
                .noneMatch(s -> s.contains("peanut"))
                .hasSize(1);
        assertThat(after.history()).noneMatch(m -> m.sensitive());
    }

    @Test
    void withoutSensitiveConsentChatRecallsNoSensitiveMemoryEvenIfTheBookStillHoldsOne() {
        // As a curation that raced the withdrawal might have left it.
        remember(Owner.of(alice, null), "I'm allergic to peanuts and I love black jackets");

        ChatReply reply = chat.chat(alice, new ChatCommand("Any snack or jacket for me?", null, null, "en", null));

        assertThat(reply.memoriesUsed())
                .extracting(ChatReply.MemoryUse::statement)
                .noneMatch(s -> s.contains("peanut"));
        assertThat(reply.reply()).doesNotContain("peanut");
    }

    @Test
    void aProfileThatIsNotInTheSettingsIs400EverywhereAndNothingIsWritten() {
        assertUnknownProfile(
                () -> chat.chat(alice, new ChatCommand("I'm allergic to peanuts", null, "ghost", "en", null)));
        assertUnknownProfile(() -> memories.list(alice, "ghost"));
        assertUnknownProfile(
                () -> reminders.create(alice, new NewReminder("call mum", "2030-01-01T09:00", null, "UTC", "ghost")));

        assertThat(itemsOf(Owner.of(alice, "ghost"))).isZero();
        assertThat(memories.list(alice, null).memories()).isEmpty();
    }

    @Test
    void removingAProfileErasesItsMemoriesSessionsAndRemindersAndNothingElse() {
        settings.update(alice, new SettingsUpdate(null, null, null, null, null, List.of(ME, MUM)));
        Owner mum = Owner.of(alice, "mum");
        remember(mum, "I'm vegetarian");
        chat.chat(alice, new ChatCommand("Where is my parcel?", null, "mum", "en", "key-1"));
        reminders.create(alice, new NewReminder("call the doctor", "2030-01-01T09:00", null, "UTC", "mum"));
        chat.chat(alice, new ChatCommand("Where is my parcel?", null, null, "en", null));
        reminders.create(alice, new NewReminder("water the plants", "2030-01-01T09:00", null, "UTC", null));
        long mine = itemsOf(Owner.of(alice, null));
        assertThat(itemsOf(mum)).isGreaterThanOrEqualTo(5);

        settings.update(alice, new SettingsUpdate(null, null, null, null, null, List.of(ME)));

        assertThat(itemsOf(mum)).isZero();
        assertThat(itemsOf(Owner.of(alice, null))).isEqualTo(mine);
        assertUnknownProfile(() -> chat.chat(alice, new ChatCommand("Hello again", null, "mum", "en", null)));
        assertUnknownProfile(() -> reminders.list(alice, "mum"));
    }

    private void remember(Owner owner, String message) {
        MemoryBook book = MemoryBook.empty(200)
                .apply(
                        new RuleBasedExtractor().extract(ExtractionInput.of(message)),
                        new Provenance("turn-1", "session-1", Instant.parse("2026-11-24T10:00:00Z"), message),
                        Consent.everything())
                .book();
        books.save(owner, new MemoryStore.Versioned(MemoryBook.empty(), 0), book);
    }

    /** The owner's items in every table, as the customer index finds them. */
    private long itemsOf(Owner owner) {
        long found = 0;
        for (DynamoDbPersonalData.Table table : tables) {
            found += dynamo
                    .client()
                    .queryPaginator(b -> b.tableName(table.name())
                            .indexName(DynamoDbPersonalData.INDEX)
                            .keyConditionExpression("customer = :c")
                            .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(owner.customerHash()))))
                    .items()
                    .stream()
                    .map(item -> item.get(table.keyNames().getFirst()).s())
                    .filter(key -> key.equals(owner.key()) || key.startsWith(owner.key() + "#"))
                    .count();
        }
        return found;
    }

    private static void assertUnknownProfile(Runnable request) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().type()).endsWith("/unknown-profile");
        });
    }
}
