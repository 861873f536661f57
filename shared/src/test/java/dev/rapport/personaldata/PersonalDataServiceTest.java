package dev.rapport.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.ConversationStore;
import dev.rapport.feedback.Feedback;
import dev.rapport.feedback.FeedbackStore;
import dev.rapport.handoff.HandoffService;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.Channel;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.NewReminder;
import dev.rapport.reminders.ReminderService;
import dev.rapport.reminders.ReminderSweep;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbFeedbackStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
    private final List<String> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        memory = dynamo.createMemoryTable();
        reminderTable = dynamo.createRemindersTable();
        // As the chat function wires it: with the memory table, so each turn checks the erasure marker.
        ConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(),
                tables.conversations(),
                tables.idempotency(),
                memory,
                reminderTable,
                new DueSlots(2));
        chat = chat(store);
        DynamoDbSettingsStore settingsStore = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        settings = new SettingsService(
                settingsStore,
                new DynamoDbProfileData(
                        dynamo.client(),
                        List.of(new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")))),
                owner -> {});
        DynamoDbReminderStore reminderStore = new DynamoDbReminderStore(
                dynamo.client(), reminderTable, new DueSlots(2), null, new ErasureGuard(memory, Clock.systemUTC()));
        reminders = new ReminderService(
                reminderStore,
                settingsStore,
                new PiiRedactor(),
                Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
        sweep = new ReminderSweep(
                reminderStore,
                settingsStore,
                Channel.NONE,
                new DueSlots(2),
                Duration.ofMinutes(5),
                Duration.ofHours(1));
        personalData = new PersonalDataService(store(), (customer, at) -> announced.add(customer), Clock.systemUTC());
    }

    private DynamoDbPersonalData store() {
        return new DynamoDbPersonalData(
                dynamo.client(),
                List.of(
                        new DynamoDbPersonalData.Table("conversations", tables.conversations(), List.of("pk", "sk")),
                        new DynamoDbPersonalData.Table("idempotency", tables.idempotency(), List.of("id")),
                        new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")),
                        new DynamoDbPersonalData.Table("reminders", reminderTable, List.of("pk", "sk"))),
                new ErasureGuard(memory, Clock.systemUTC()),
                ErasureGuard.DEFAULT_PERIOD);
    }

    private static ChatService chat(ConversationStore store) {
        return ChatService.builder()
                .store(store)
                .model(new RecordingModel())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .build();
    }

    @Test
    void theExportHoldsEverythingOfTheCallerAndNothingOfAnyoneElse() {
        ChatReply mine = livesIn(alice, "My order number is 55120");
        livesIn(bob, "Bob's secret parcel 77001");

        PersonalDataService.Export export = personalData.export(alice);

        assertThat(export.data().get("conversations")).hasSize(3); // session + 2 turns
        assertThat(export.data().get("idempotency")).hasSize(1);
        assertThat(export.data().get("memory"))
                .singleElement()
                .satisfies(item -> assertThat(item).containsEntry("timezone", "Asia/Shanghai"));
        assertThat(export.data().get("reminders"))
                .extracting(item -> item.get("sk").toString())
                .anySatisfy(sk -> assertThat(sk).startsWith("REMINDER#"))
                .anySatisfy(sk -> assertThat(sk).startsWith("INBOX#"))
                .anySatisfy(sk -> assertThat(sk).isEqualTo("COUNT#ACTIVE"))
                .hasSize(3);
        assertThat(export.data().toString())
                .contains("55120")
                .contains(mine.sessionId())
                .doesNotContain("77001")
                .doesNotContain(hash(bob));
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
        assertThat(announced).containsExactly(hash(alice), hash(alice));
    }

    @Test
    void aPersonsRepliesAfterAHandoffAreExportedAndErasedWithTheCustomerAndNoOneElse() {
        HandoffService desk = new HandoffService(new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations()));
        Caller admin = new Caller("admin-" + UUID.randomUUID(), Set.of(Caller.SUPPORT_ADMINS));
        ChatReply alices = chat.chat(alice, new ChatCommand("I want to talk to a person", null, null, "en", null));
        desk.reply(
                admin, desk.open(admin).getFirst().id(), "Refund sent for order 55120; call me on 13912345678", null);
        chat.chat(bob, new ChatCommand("talk to a person please", null, null, "en", null));
        String bobsHandoff = desk.open(admin).stream()
                .filter(h -> !h.sessionId().equals(alices.sessionId()))
                .findFirst()
                .orElseThrow()
                .id();
        desk.reply(admin, bobsHandoff, "Bob, your parcel 77001 is on its way", null);

        assertThat(personalData.export(alice).data().get("conversations"))
                .filteredOn(item -> item.get("sk").toString().startsWith("PERSON#"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.get("text").toString())
                            .contains("55120", "[PHONE_1]")
                            .doesNotContain("13912345678");
                    assertThat(item).containsEntry("sessionId", alices.sessionId());
                    assertThat(item.toString()).doesNotContain("77001", admin.subject());
                });

        personalData.erase(alice);

        assertThat(itemsOf(alice)).isZero();
        try (DynamoDbClient client = dynamo.client()) {
            assertThat(client.scan(b -> b.tableName(tables.conversations())).items())
                    .filteredOn(item -> item.get("sk").s().startsWith("PERSON#"))
                    .singleElement()
                    .satisfies(item -> assertThat(item.get("text").s()).contains("77001"));
        }
    }

    @Test
    void writesRacingAnErasureNeverLeaveAnythingOnceItAnswers() throws Exception {
        for (int round = 0; round < 5; round++) {
            Caller carol = new Caller("carol-" + UUID.randomUUID(), Set.of());
            ChatReply session = livesIn(carol, "My order number is 55120");
            AtomicBoolean erased = new AtomicBoolean();
            List<Callable<?>> writers = List.<Callable<?>>of(
                    () -> settings.update(carol, new SettingsUpdate(false, null, false, null, null, null)),
                    () -> settings.update(carol, new SettingsUpdate(null, null, null, "Asia/Tokyo", null, null)),
                    () -> reminders.create(
                            carol,
                            new NewReminder(
                                    "call back",
                                    Instant.now()
                                            .plus(Duration.ofHours(1))
                                            .truncatedTo(ChronoUnit.SECONDS)
                                            .toString(),
                                    null,
                                    null,
                                    null)),
                    () -> chat.chat(carol, new ChatCommand("Any news?", session.sessionId(), null, "en", null)),
                    () -> chat.chat(carol, new ChatCommand("A new question", null, null, "en", null)));
            ExecutorService pool = Executors.newFixedThreadPool(writers.size());
            try {
                CountDownLatch started = new CountDownLatch(writers.size());
                List<Future<List<Integer>>> outcomes = writers.stream()
                        .map(writer -> pool.submit(() -> keepWriting(writer, started, erased)))
                        .toList();
                started.await(10, TimeUnit.SECONDS);

                PersonalDataService.Erasure erasure = personalData.erase(carol);
                erased.set(true);

                assertThat(erasure.erased()).isTrue();
                for (Future<List<Integer>> outcome : outcomes) {
                    // Every write answered: 200, or 404/409 for one that met the erasure; never a 500.
                    assertThat(outcome.get(30, TimeUnit.SECONDS))
                            .allSatisfy(status -> assertThat(status).isIn(200, 404, 409));
                }
                assertThat(itemsOf(carol))
                        .as("items of the erased customer, round %d", round)
                        .isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aWriteAfterTheErasureIsRefusedWith409AndCreatesNothing() {
        ChatReply session = livesIn(alice, "My order number is 55120");
        personalData.erase(alice);

        assertThat(status(() -> settings.update(alice, new SettingsUpdate(false, null, null, null, null, null))))
                .isEqualTo(409);
        assertThat(status(() -> reminders.create(
                        alice,
                        new NewReminder(
                                "again",
                                Instant.now()
                                        .plus(Duration.ofHours(1))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString(),
                                null,
                                null,
                                null))))
                .isEqualTo(409);
        assertThat(status(() -> chat.chat(alice, new ChatCommand("Hello again", null, null, "en", null))))
                .isEqualTo(409);
        assertThat(status(
                        () -> chat.chat(alice, new ChatCommand("Still there?", session.sessionId(), null, "en", null))))
                .isIn(404, 409);
        assertThat(itemsOf(alice)).isZero();
    }

    @Test
    void feedbackOnATurnReadBeforeTheErasureIsRefusedAfterItAndLeavesNothing() {
        ChatReply turn = livesIn(alice, "My order number is 55121");
        DynamoDbFeedbackStore feedback = new DynamoDbFeedbackStore(
                dynamo.enhanced(), tables.conversations(), new ErasureGuard(memory, Clock.systemUTC()));
        FeedbackStore.RatedTurn read = feedback.findTurn(turn.turnId()).orElseThrow();

        personalData.erase(alice);

        assertThat(status(() -> {
                    feedback.save(read, new Feedback(turn.turnId(), 1, null, "late", Instant.now()));
                    return null;
                }))
                .isEqualTo(409);
        assertThat(itemsOf(alice)).isZero();
    }

    @Test
    void aTurnWhoseSessionIsErasedBetweenItsReadAndItsWriteAnswers404NotA500() {
        ChatReply session = livesIn(alice, "My order number is 55120");
        // A store without the marker check: the turn finds its session gone when it reloads after the conflict.
        ConversationStore unguarded =
                new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        ChatService racing = chat(new ErasingBeforeCommit(unguarded, () -> personalData.erase(alice)));

        assertThat(status(
                        () -> racing.chat(alice, new ChatCommand("Any news?", session.sessionId(), null, "en", null))))
                .isEqualTo(404);
        assertThat(itemsOf(alice)).isZero();
    }

    @Test
    void anErasureThatCouldNotRemoveEverythingSaysSoWith503AndAnnouncesNothing() {
        PersonalDataService stuck = new PersonalDataService(
                new PersonalDataStore() {
                    @Override
                    public Map<String, List<Map<String, Object>>> export(String customerHash) {
                        return Map.of();
                    }

                    @Override
                    public Erased erase(String customerHash) {
                        return new Erased(12, 3);
                    }
                },
                (customer, at) -> announced.add(customer),
                Clock.systemUTC());

        assertThatThrownBy(() -> stuck.erase(alice)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(503);
            assertThat(e.problem().detail()).contains("3 items").contains("DELETE /v1/me");
        });
        assertThat(announced).isEmpty();
    }

    /** Repeats one write until the erasure has answered (and once more), recording each answer's status. */
    private static List<Integer> keepWriting(Callable<?> writer, CountDownLatch started, AtomicBoolean erased) {
        List<Integer> statuses = new ArrayList<>();
        started.countDown();
        for (int i = 0; i < 200; i++) {
            boolean last = erased.get();
            statuses.add(status(writer));
            if (last) {
                break;
            }
        }
        return statuses;
    }

    private static int status(Callable<?> call) {
        try {
            call.call();
            return 200;
        } catch (ProblemException e) {
            return e.problem().status();
        } catch (Exception e) {
            return 500;
        }
    }

    /** A conversation store whose first commit waits for an erasure of the customer to finish. */
    private record ErasingBeforeCommit(ConversationStore store, Runnable erase) implements ConversationStore {
        @Override
        public Snapshot load(Owner owner, String sessionId, String idempotencyId, dev.rapport.chat.RateWindow window) {
            return store.load(owner, sessionId, idempotencyId, window);
        }

        @Override
        public void commit(TurnCommit commit) {
            erase.run();
            store.commit(commit);
        }

        @Override
        public Optional<dev.rapport.chat.IdempotencyRecord> idempotencyRecord(String id) {
            return store.idempotencyRecord(id);
        }

        @Override
        public Optional<List<dev.rapport.chat.Turn>> recentTurns(Owner owner, String sessionId, int limit) {
            return store.recentTurns(owner, sessionId, limit);
        }
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
        return chat.chat(
                caller, new ChatCommand("What did I say?", first.sessionId(), null, "en", "key-" + UUID.randomUUID()));
    }

    /** Scans every table for anything keyed by or tagged with the customer: what an auditor would do. */
    private long itemsOf(Caller caller) {
        return dynamo.itemsHolding(
                hash(caller), List.of(tables.conversations(), tables.idempotency(), memory, reminderTable));
    }

    private static String hash(Caller caller) {
        return Owner.of(caller, null).customerHash();
    }
}
