package dev.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.CampaignQueue;
import dev.rapport.campaigns.CampaignService;
import dev.rapport.campaigns.CampaignStarter;
import dev.rapport.campaigns.CampaignWorker;
import dev.rapport.campaigns.CampaignWriter;
import dev.rapport.campaigns.NewCampaign;
import dev.rapport.campaigns.Segment;
import dev.rapport.dynamodb.EmbeddedDynamoDb;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.Consent;
import dev.rapport.memory.ExtractionInput;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryService;
import dev.rapport.memory.MemoryStore;
import dev.rapport.memory.Provenance;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.NewReminder;
import dev.rapport.reminders.ReminderService;
import dev.rapport.reminders.ReminderSweep;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.Profiles;
import dev.rapport.storage.dynamodb.DynamoDbAnalyticsLedger;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Memory writes and deletions, reminder and campaign deliveries, counted on the embedded DynamoDB by the
 * transactions that write them: one per real event, none for a repeat, exact under concurrency.
 */
class FedCountersTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z"); // 10:00 in Shanghai
    private static final LocalDate DAY = LocalDate.ofInstant(T0, ZoneOffset.UTC);

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final MutableClock clock = new MutableClock(T0);
    private String analytics;
    private String memory;
    private DynamoDbAnalyticsLedger ledger;
    private DynamoDbSettingsStore settings;

    @BeforeEach
    void setUp() {
        analytics = dynamo.createAnalyticsTable();
        memory = dynamo.createMemoryTable();
        ledger = new DynamoDbAnalyticsLedger(
                dynamo.client(), analytics, Clock.systemUTC(), Duration.ofDays(3), Duration.ofDays(91));
        settings = new DynamoDbSettingsStore(dynamo.enhanced(), memory, clock);
    }

    @Test
    void curatingEditingAndDeletingMemoriesCountOncePerMemory() {
        DynamoDbMemoryStore store = new DynamoDbMemoryStore(dynamo.client(), memory, analytics, clock);
        MemoryService service = new MemoryService(
                store,
                new Profiles(new DynamoDbSettingsStore(dynamo.enhanced(), memory, clock)),
                new PiiRedactor(),
                200,
                BirthdayAudience.NONE);
        Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
        Owner owner = Owner.of(alice, null);
        MemoryStore.Versioned empty = new MemoryStore.Versioned(MemoryBook.empty(), 0);
        MemoryBook curated = curate(MemoryBook.empty(), "t1", "I'm vegetarian and I wear size M");
        store.save(owner, empty, curated);
        // A redelivered curation of the same turn is a condition failure: nothing written, nothing counted.
        assertThatThrownBy(() -> store.save(owner, empty, curated))
                .isInstanceOf(MemoryStore.ConcurrentMemoryUpdateException.class);
        Tally afterCuration = today();

        Memory diet = service.list(alice, null).memories().stream()
                .filter(m -> m.slot().equals("diet"))
                .findFirst()
                .orElseThrow();
        service.edit(alice, null, diet.id(), "vegetarian, but eats fish");
        Tally afterEdit = today();
        service.delete(alice, null, diet.id());
        assertThatThrownBy(() -> service.delete(alice, null, diet.id())).isInstanceOf(ProblemException.class);

        assertThat(afterCuration.get(Counter.MEMORY_WRITES)).isEqualTo(2);
        assertThat(afterCuration.get(Counter.MEMORY_DELETIONS)).isZero();
        assertThat(afterEdit.get(Counter.MEMORY_WRITES)).isEqualTo(3);
        assertThat(today().get(Counter.MEMORY_WRITES)).isEqualTo(3);
        assertThat(today().get(Counter.MEMORY_DELETIONS)).isEqualTo(1);
    }

    @Test
    void aCorrectionIsOneWriteAndForgettingDeletesWhatItRemoves() {
        MemoryBook first = curate(MemoryBook.empty(), "t1", "I wear size M");
        MemoryBook corrected = curate(first, "t2", "Actually I wear size L");
        MemoryBook forgotten = curate(corrected, "t3", "Forget my size");

        assertThat(MemoryFigures.of(first, corrected).counts())
                .containsExactlyEntriesOf(java.util.Map.of(Counter.MEMORY_WRITES.attribute(), 1L));
        // The current size and the superseded one behind it are both gone.
        assertThat(MemoryFigures.of(corrected, forgotten).counts())
                .containsExactlyEntriesOf(java.util.Map.of(Counter.MEMORY_DELETIONS.attribute(), 2L));
        assertThat(MemoryFigures.of(forgotten, forgotten).isEmpty()).isTrue();
    }

    @Test
    void aReminderDeliveryCountsOnceHoweverOftenTheSweepRuns() {
        DynamoDbReminderStore store =
                new DynamoDbReminderStore(dynamo.client(), dynamo.createRemindersTable(), new DueSlots(4), analytics);
        ReminderService reminders = new ReminderService(
                store,
                settings,
                new PiiRedactor(),
                clock,
                () -> UUID.randomUUID().toString());
        ReminderSweep sweep = new ReminderSweep(
                store, settings, (owner, text) -> {}, new DueSlots(4), Duration.ofMinutes(5), Duration.ofHours(3));
        Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
        reminders.create(
                bob, new NewReminder("water the plants", T0.plusSeconds(60).toString(), null, "UTC", null));

        Instant due = T0.plusSeconds(120);
        assertThat(sweep.run(due).delivered()).isEqualTo(1);
        assertThat(sweep.run(due).delivered()).isZero();
        assertThat(sweep.run(due.plusSeconds(60)).delivered()).isZero();

        assertThat(today().get(Counter.REMINDER_DELIVERIES)).isEqualTo(1);
    }

    @Test
    void aDeliveryCancelledByARealConflictOnTheDayItemsIsTriedAgainAndCountedOnce() throws Exception {
        // Another transaction holds every shard of today's counters, as a burst of sends would: the
        // delivery meets it on whichever shard it picks, and DynamoDB cancels it with TransactionConflict.
        EmbeddedDynamoDb.TransactionHold hold = dynamo.engine().holdNextTransaction(analytics);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> dynamo.client()
                    .transactWriteItems(t -> t.transactItems(IntStream.range(0, 16)
                            .mapToObj(shard -> TransactWriteItem.builder()
                                    .update(u -> u.tableName(analytics)
                                            .key(Map.of(
                                                    "pk",
                                                    AttributeValue.fromS("DAY#" + DAY + "#" + shard),
                                                    "sk",
                                                    AttributeValue.fromS("-")))
                                            .updateExpression("ADD probes :one")
                                            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                                    .build())
                            .toList())));
            hold.awaitHeld();
            Conflicts conflicts = new Conflicts(2, hold);
            DynamoDbReminderStore store = new DynamoDbReminderStore(
                    dynamo.client(conflicts), dynamo.createRemindersTable(), new DueSlots(4), analytics);
            ReminderService reminders = new ReminderService(
                    store,
                    settings,
                    new PiiRedactor(),
                    clock,
                    () -> UUID.randomUUID().toString());
            Caller dan = new Caller("dan-" + UUID.randomUUID(), Set.of());
            reminders.create(dan, new NewReminder("call mum", T0.plusSeconds(60).toString(), null, "UTC", null));

            ReminderSweep.Report report = new ReminderSweep(
                            store,
                            settings,
                            (owner, text) -> {},
                            new DueSlots(4),
                            Duration.ofMinutes(5),
                            Duration.ofHours(3))
                    .run(T0.plusSeconds(120));
            holder.get();

            assertThat(conflicts.seen()).isGreaterThanOrEqualTo(2);
            assertThat(report.delivered()).isEqualTo(1);
            assertThat(reminders.inbox(dan, null, 10, null).messages()).hasSize(1);
            assertThat(today().get(Counter.REMINDER_DELIVERIES)).isEqualTo(1);
        } finally {
            hold.close();
            other.shutdownNow();
        }
    }

    @Test
    void sweepsSideBySideWhileTurnsAreCountedCountEveryDeliveryExactlyOnce() throws Exception {
        DynamoDbReminderStore store =
                new DynamoDbReminderStore(dynamo.client(), dynamo.createRemindersTable(), new DueSlots(4), analytics);
        ReminderService reminders = new ReminderService(
                store,
                settings,
                new PiiRedactor(),
                clock,
                () -> UUID.randomUUID().toString());
        int count = 60;
        for (int i = 0; i < count; i++) {
            Caller customer = new Caller("c" + i + "-" + UUID.randomUUID(), Set.of());
            reminders.create(
                    customer, new NewReminder("task " + i, T0.plusSeconds(60).toString(), null, "UTC", null));
        }
        Instant due = T0.plusSeconds(120);
        int sweeps = 4;
        int turns = 150;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(sweeps + 2);
        List<Future<Integer>> delivered = new ArrayList<>();
        List<Future<Integer>> counted = new ArrayList<>();
        for (int s = 0; s < sweeps; s++) {
            ReminderSweep sweep = new ReminderSweep(
                    store, settings, (owner, text) -> {}, new DueSlots(4), Duration.ofMinutes(5), Duration.ofHours(3));
            delivered.add(threads.submit(() -> {
                start.await();
                return sweep.run(due).delivered();
            }));
        }
        for (int w = 0; w < 2; w++) {
            int writer = w;
            counted.add(threads.submit(() -> {
                start.await();
                int n = 0;
                for (int i = writer; i < turns; i += 2) {
                    n += ledger.count(new Observation("turn#" + i, DAY, Tally.EMPTY.with(Counter.TURNS, 1))) ? 1 : 0;
                }
                return n;
            }));
        }
        start.countDown();
        int sum = 0;
        for (Future<Integer> f : delivered) {
            sum += f.get();
        }
        for (Future<Integer> f : counted) {
            f.get();
        }
        threads.shutdown();

        assertThat(sum).isEqualTo(count);
        assertThat(today().get(Counter.REMINDER_DELIVERIES)).isEqualTo(count);
        assertThat(today().get(Counter.TURNS)).isEqualTo(turns);
    }

    @Test
    void aCampaignMessageSentCountsOnceAndSkippedCustomersCountNothing() {
        String reminders = dynamo.createRemindersTable();
        DynamoDbCampaignStore store =
                new DynamoDbCampaignStore(dynamo.client(), dynamo.createCampaignsTable(), memory, reminders, analytics);
        List<CampaignQueue.RecipientBatch> queued = new ArrayList<>();
        CampaignService campaigns = new CampaignService(
                store,
                new PiiRedactor(),
                new CampaignWriter(),
                clock,
                () -> UUID.randomUUID().toString());
        CampaignStarter starter = new CampaignStarter(
                store,
                batches -> {
                    queued.addAll(batches);
                    return 1;
                },
                2,
                3);
        CampaignWorker worker = new CampaignWorker(store, new CampaignWriter());
        audience(store, "ann", true);
        audience(store, "cat", false);
        audience(store, "eve", true);
        campaigns.create(
                new Caller("mia", Set.of(Caller.MARKETERS)),
                new NewCampaign(
                        "Tea week",
                        Segment.EVERYONE,
                        "New tea is in.",
                        "2026-12-01T10:00",
                        "Asia/Shanghai",
                        "21:00",
                        "08:00",
                        null,
                        null));

        starter.run(T0);
        for (CampaignQueue.RecipientBatch batch : List.copyOf(queued)) {
            worker.handle(batch, T0);
            worker.handle(batch, T0);
        }

        assertThat(today().get(Counter.CAMPAIGN_DELIVERIES)).isEqualTo(2);
    }

    private void audience(DynamoDbCampaignStore store, String name, boolean optIn) {
        Owner owner = Owner.of(new Caller(name + "-" + UUID.randomUUID(), Set.of()), null);
        settings.save(
                owner.customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        optIn,
                        "Asia/Shanghai",
                        "en-US",
                        List.of(new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, name))));
        store.saveAudience(new Audience(owner.customerHash(), "east", "en-US", List.of("tea"), null, null));
    }

    private static MemoryBook curate(MemoryBook book, String turnId, String message) {
        return book.apply(
                        new RuleBasedExtractor()
                                .extract(new ExtractionInput(message, java.util.Locale.ROOT, book.current())),
                        new Provenance(turnId, "s1", T0, message),
                        new Consent(true, false))
                .book();
    }

    /**
     * Watches a store's transactions being cancelled with {@code TransactionConflict} and, after
     * {@code release} of them, lets the transaction holding the items go on.
     */
    private static final class Conflicts implements ExecutionInterceptor {

        private final int release;
        private final EmbeddedDynamoDb.TransactionHold hold;
        private final AtomicInteger seen = new AtomicInteger();

        Conflicts(int release, EmbeddedDynamoDb.TransactionHold hold) {
            this.release = release;
            this.hold = hold;
        }

        int seen() {
            return seen.get();
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            if (context.exception() instanceof TransactionCanceledException cancelled
                    && cancelled.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()))
                    && seen.incrementAndGet() == release) {
                hold.close();
            }
        }
    }

    private Tally today() {
        return ledger.days(DAY, DAY).getOrDefault(DAY, Tally.EMPTY);
    }
}
