package dev.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery on the embedded DynamoDB: exactly once per occurrence, however often and however late the schedule fires.
 */
class ReminderSweepTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final MutableClock clock = new MutableClock(T0);
    private final List<String> pushed = Collections.synchronizedList(new ArrayList<>());
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private DynamoDbReminderStore store;
    private ReminderService service;
    private ReminderSweep sweep;

    @BeforeEach
    void setUp() {
        store = new DynamoDbReminderStore(dynamo.client(), dynamo.createRemindersTable(), new DueSlots(4));
        DynamoDbSettingsStore settings =
                new DynamoDbSettingsStore(dynamo.enhanced(), dynamo.createMemoryTable(), clock);
        service = new ReminderService(
                store,
                settings,
                new PiiRedactor(),
                clock,
                () -> UUID.randomUUID().toString());
        sweep = new ReminderSweep(
                store,
                settings,
                (owner, text) -> pushed.add(text),
                new DueSlots(4),
                Duration.ofMinutes(5),
                Duration.ofHours(3));
    }

    @Test
    void aSweepRunTwiceForTheSameMinuteDeliversOnce() {
        remindAt("2026-12-01T08:02:00+08:00", "check the oven");
        Instant due = Instant.parse("2026-12-01T00:02:00Z");

        ReminderSweep.Report first = sweep.run(due);
        ReminderSweep.Report second = sweep.run(due);

        assertThat(first.delivered()).isEqualTo(1);
        assertThat(second.delivered()).isZero();
        assertThat(inbox()).extracting(InboxMessage::text).containsExactly("a reminder: check the oven");
        assertThat(service.list(alice, null)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("done");
            assertThat(r.delivered()).isEqualTo(1);
        });
    }

    @Test
    void nothingIsDeliveredBeforeItsTime() {
        remindAt("2026-12-01T00:03:00Z", "later");

        assertThat(sweep.run(Instant.parse("2026-12-01T00:02:59Z")).delivered()).isZero();
        assertThat(inbox()).isEmpty();
    }

    @Test
    void aSweepAfterFiveMissedMinutesDeliversEachDueOccurrenceOnce() {
        sweep.run(T0);
        for (int minute = 1; minute <= 5; minute++) {
            remindAt(T0.plus(Duration.ofMinutes(minute)).toString(), "task " + minute);
        }
        remindAt(T0.plus(Duration.ofMinutes(9)).toString(), "not yet");

        ReminderSweep.Report late = sweep.run(T0.plus(Duration.ofMinutes(6)));
        ReminderSweep.Report again = sweep.run(T0.plus(Duration.ofMinutes(7)));

        assertThat(late.delivered()).isEqualTo(5);
        assertThat(again.delivered()).isZero();
        assertThat(inbox())
                .extracting(InboxMessage::text)
                .containsExactly(
                        "a reminder: task 5",
                        "a reminder: task 4",
                        "a reminder: task 3",
                        "a reminder: task 2",
                        "a reminder: task 1");
    }

    @Test
    void aSweepReachesBackToWhereTheLastOneStoppedBeyondTheOverlap() {
        sweep.run(T0);
        remindAt(T0.plus(Duration.ofMinutes(1)).toString(), "after a long gap");

        ReminderSweep.Report report = sweep.run(T0.plus(Duration.ofMinutes(40)));

        assertThat(report.from()).isEqualTo(T0);
        assertThat(report.delivered()).isEqualTo(1);
    }

    @Test
    void concurrentSweepsDeliverEachOccurrenceOnce() throws Exception {
        for (int i = 0; i < 10; i++) {
            remindAt("2026-12-01T00:01:00Z", "together " + i);
        }
        Instant due = Instant.parse("2026-12-01T00:01:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ReminderSweep.Report>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return sweep.run(due);
            }));
        }
        go.countDown();
        int delivered = 0;
        for (Future<ReminderSweep.Report> run : runs) {
            delivered += run.get().delivered();
        }
        pool.shutdown();
        // A sweep that lost every race leaves its reminders to the next one; none may deliver twice.
        delivered += sweep.run(due).delivered();

        assertThat(delivered).isEqualTo(10);
        assertThat(inbox()).hasSize(10);
        assertThat(inbox()).extracting(InboxMessage::sourceId).doesNotHaveDuplicates();
        assertThat(pushed).hasSize(10);
    }

    @Test
    void aRecurringReminderDeliversEachMissedOccurrenceOnceThenMovesOn() {
        clock.set(Instant.parse("2026-11-30T23:00:00Z"));
        ReminderView daily = service.create(
                alice, new NewReminder("stretch", null, "FREQ=DAILY;BYHOUR=8,9;BYMINUTE=0", "Asia/Shanghai", null));
        sweep.run(clock.instant());

        // The 08:00 and 09:00 sweeps were missed; the next one delivers both, once each.
        ReminderSweep.Report late = sweep.run(Instant.parse("2026-12-01T01:30:00Z"));
        ReminderSweep.Report again = sweep.run(Instant.parse("2026-12-01T01:31:00Z"));

        assertThat(late.delivered()).isEqualTo(2);
        assertThat(again.delivered()).isZero();
        assertThat(inbox())
                .extracting(InboxMessage::occurrence)
                .containsExactly(Instant.parse("2026-12-01T01:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(store.find(Owner.of(alice, null), daily.id())).get().satisfies(r -> {
            assertThat(r.delivered()).isEqualTo(2);
            assertThat(r.nextAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        });
    }

    @Test
    void aDeletedReminderIsNotDelivered() {
        ReminderView gone = remindAt("2026-12-01T00:01:00Z", "never mind");
        service.delete(alice, null, gone.id());

        assertThat(sweep.run(Instant.parse("2026-12-01T00:01:00Z")).delivered()).isZero();
        assertThat(inbox()).isEmpty();
    }

    @Test
    void aProfilesNameIsNeitherStoredRawNorCopiedIntoTheInbox() {
        CustomerSettings named = new SettingsUpdate(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new CustomerSettings.Profile("default", "Me"),
                                new CustomerSettings.Profile("mum", "Mum 13800138000")))
                .applyTo(CustomerSettings.DEFAULTS);

        assertThat(named.profiles())
                .extracting(CustomerSettings.Profile::name)
                .noneMatch(n -> n.contains("13800138000"));
        assertThat(Notices.inboxText("check the oven", named)).isEqualTo("a reminder: check the oven");
    }

    @Test
    void pushesAboutMedicineAreDiscreetButTheInboxKeepsTheCustomersWords() {
        remindAt("2026-12-01T00:01:00Z", "吃药");
        remindAt("2026-12-01T00:01:00Z", "call the shop");

        sweep.run(Instant.parse("2026-12-01T00:01:00Z"));

        assertThat(pushed).containsExactlyInAnyOrder("您有一条新提醒，请在应用内查看。", "Reminder: call the shop");
        assertThat(inbox()).extracting(InboxMessage::text).contains("提醒您：吃药");
    }

    @Test
    void theInboxPagesNewestFirst() {
        for (int minute = 1; minute <= 5; minute++) {
            remindAt(T0.plus(Duration.ofMinutes(minute)).toString(), "page " + minute);
        }
        sweep.run(T0.plus(Duration.ofMinutes(5)));

        ReminderStore.InboxPage first = service.inbox(alice, null, 2, null);
        ReminderStore.InboxPage second = service.inbox(alice, null, 2, first.nextCursor());
        ReminderStore.InboxPage third = service.inbox(alice, null, 2, second.nextCursor());

        assertThat(first.messages())
                .extracting(InboxMessage::text)
                .containsExactly("a reminder: page 5", "a reminder: page 4");
        assertThat(second.messages())
                .extracting(InboxMessage::text)
                .containsExactly("a reminder: page 3", "a reminder: page 2");
        assertThat(third.messages()).extracting(InboxMessage::text).containsExactly("a reminder: page 1");
    }

    private ReminderView remindAt(String at, String text) {
        return service.create(alice, new NewReminder(text, at, null, "UTC", null));
    }

    private List<InboxMessage> inbox() {
        return service.inbox(alice, null, 50, null).messages();
    }
}
