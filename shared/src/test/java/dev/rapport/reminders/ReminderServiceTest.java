package dev.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.identity.Caller;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReminderServiceTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private DynamoDbSettingsStore settings;
    private DynamoDbReminderStore store;
    private ReminderService service;

    @BeforeEach
    void setUp() {
        store = new DynamoDbReminderStore(dynamo.client(), dynamo.createRemindersTable(), new DueSlots(4));
        settings = new DynamoDbSettingsStore(dynamo.enhanced(), dynamo.createMemoryTable(), clock);
        service = new ReminderService(
                store,
                settings,
                new PiiRedactor(),
                clock,
                () -> UUID.randomUUID().toString());
    }

    @Test
    void aLocalTimeIsReadInTheCustomersZoneFromTheirSettings() {
        settings.save(
                dev.rapport.identity.Owner.of(alice, null).customerHash(),
                new CustomerSettings(
                        true, false, false, "Asia/Shanghai", "zh-CN", CustomerSettings.DEFAULTS.profiles()));

        ReminderView view = service.create(alice, new NewReminder("取快递", "2026-12-01T18:00", null, null, null));

        assertThat(view.timezone()).isEqualTo("Asia/Shanghai");
        assertThat(view.nextAt()).isEqualTo("2026-12-01T18:00+08:00");
    }

    @Test
    void theTextIsStoredRedacted() {
        service.create(
                alice, new NewReminder("call 13812345678 about the order", "2026-12-02T09:00", null, "UTC", null));

        assertThat(service.list(alice, null))
                .singleElement()
                .satisfies(
                        r -> assertThat(r.text()).doesNotContain("13812345678").contains("call"));
    }

    @Test
    void anotherCustomersReminderIsNotFound() {
        ReminderView mine = service.create(alice, new NewReminder("mine", "2026-12-02T09:00", null, "UTC", null));

        assertThatThrownBy(() -> service.delete(bob, null, mine.id()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThat(service.list(bob, null)).isEmpty();
        assertThat(service.list(alice, null)).hasSize(1);
    }

    static Stream<Arguments> badRequests() {
        String longText = "x".repeat(Reminder.MAX_TEXT_CHARS + 1);
        return Stream.of(
                Arguments.of(
                        new NewReminder("t", "2026-12-02T09:00", null, "Mars/Olympus", null), 400, "unknown-timezone"),
                Arguments.of(new NewReminder("t", "2026-11-30T09:00", null, "UTC", null), 422, "time-in-the-past"),
                Arguments.of(
                        new NewReminder("t", "2026-12-01T07:59", null, "Asia/Shanghai", null), 422, "time-in-the-past"),
                Arguments.of(
                        new NewReminder("t", "2027-02-01T08:00", "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30", "UTC", null),
                        422,
                        "impossible-recurrence"),
                Arguments.of(
                        new NewReminder("t", "2026-12-01T08:00", "FREQ=DAILY;UNTIL=20261130", "UTC", null),
                        422,
                        "impossible-recurrence"),
                Arguments.of(new NewReminder(" ", "2026-12-02T09:00", null, "UTC", null), 400, "invalid-reminder"),
                Arguments.of(new NewReminder(longText, "2026-12-02T09:00", null, "UTC", null), 400, "invalid-reminder"),
                Arguments.of(new NewReminder("t", null, null, "UTC", null), 400, "invalid-reminder"),
                Arguments.of(new NewReminder("t", "next tuesday", null, "UTC", null), 400, "invalid-time"),
                Arguments.of(
                        new NewReminder("t", "2026-12-02T09:00", "FREQ=YEARLY", "UTC", null),
                        400,
                        "invalid-recurrence"),
                Arguments.of(new NewReminder("t", "2026-12-02T09:00", null, "UTC", "../x"), 400, "invalid-profile"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badInputIsAProblemAndStoresNothing(NewReminder request, int status, String type) {
        assertThatThrownBy(() -> service.create(alice, request)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(status);
            assertThat(e.problem().type()).endsWith("/" + type);
        });
        assertThat(service.list(alice, null)).isEmpty();
    }

    @Test
    void profilesKeepTheirRemindersApart() {
        settings.save(
                dev.rapport.identity.Owner.of(alice, null).customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        false,
                        "UTC",
                        null,
                        List.of(
                                new CustomerSettings.Profile("default", "Me"),
                                new CustomerSettings.Profile("kid", "Kid"))));
        service.create(alice, new NewReminder("kid's", "2026-12-02T09:00", null, "UTC", "kid"));

        assertThat(service.list(alice, null)).isEmpty();
        assertThat(service.list(alice, "kid")).extracting(ReminderView::text).isEqualTo(List.of("kid's"));
    }

    @Test
    void aProfileThatIsNotInTheSettingsIs400AndGetsNothing() {
        for (int i = 0; i < ReminderService.MAX_ACTIVE; i++) {
            service.create(alice, new NewReminder("mine " + i, "2026-12-02T09:00", null, "UTC", null));
        }

        assertThatThrownBy(() ->
                        service.create(alice, new NewReminder("one more", "2026-12-02T09:00", null, "UTC", "ghost")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type()).endsWith("/unknown-profile");
                });
        assertThatThrownBy(() -> service.list(alice, "ghost"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
        assertThat(store.list(dev.rapport.identity.Owner.of(alice, "ghost"))).isEmpty();
    }

    @Test
    void parallelCreationsNeverPassTheCapOfActiveReminders() throws Exception {
        for (int i = 0; i < 95; i++) {
            service.create(alice, new NewReminder("r" + i, "2026-12-02T09:00", null, "UTC", null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String text = "parallel " + i;
                attempts.add(pool.submit(() -> {
                    try {
                        service.create(alice, new NewReminder(text, "2026-12-02T09:00", null, "UTC", null));
                        return true;
                    } catch (ProblemException e) {
                        assertThat(e.problem().status()).isEqualTo(409);
                        return false;
                    }
                }));
            }
            long created = 0;
            for (Future<Boolean> attempt : attempts) {
                created += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(created).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.list(alice, null)).hasSize(ReminderService.MAX_ACTIVE);
    }

    @Test
    void deletingOrFinishingAReminderFreesItsPlace() {
        List<ReminderView> made = new ArrayList<>();
        for (int i = 0; i < ReminderService.MAX_ACTIVE; i++) {
            made.add(service.create(
                    alice, new NewReminder("r" + i, "2026-12-01T00:0" + (i < 50 ? 1 : 2), null, "UTC", null)));
        }
        NewReminder another = new NewReminder("another", "2026-12-03T09:00", null, "UTC", null);
        assertThatThrownBy(() -> service.create(alice, another))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(409));

        service.delete(alice, null, made.getLast().id());
        service.create(alice, another);
        clock.set(Instant.parse("2026-12-01T00:01:30Z"));
        new ReminderSweep(
                        store,
                        settings,
                        Channel.NONE,
                        new DueSlots(4),
                        java.time.Duration.ofMinutes(5),
                        java.time.Duration.ofHours(1))
                .run(clock.instant());

        for (int i = 0; i < 50; i++) {
            service.create(alice, new NewReminder("after " + i, "2026-12-03T09:00", null, "UTC", null));
        }
        assertThat(service.list(alice, null).stream().filter(r -> r.nextAt() != null))
                .hasSize(ReminderService.MAX_ACTIVE);
        assertThatThrownBy(() -> service.create(alice, another))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(409));
    }
}
