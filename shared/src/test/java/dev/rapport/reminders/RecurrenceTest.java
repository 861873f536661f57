package dev.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDailyTimeInTheSpringForwardGapMovesForwardByTheGapThatDayOnly() {
        Recurrence daily = Recurrence.parse("FREQ=DAILY", NEW_YORK);
        LocalDateTime start = LocalDateTime.parse("2026-03-07T02:30");

        assertThat(occurrences(daily, start, NEW_YORK, 3))
                .containsExactly(
                        Instant.parse("2026-03-07T07:30:00Z"), // 02:30 EST
                        Instant.parse("2026-03-08T07:30:00Z"), // 02:30 does not exist: 03:30 EDT
                        Instant.parse("2026-03-09T06:30:00Z")); // 02:30 EDT
    }

    @Test
    void aDailyTimeInTheFallBackOverlapHappensOnceAtItsEarlierInstant() {
        Recurrence daily = Recurrence.parse("FREQ=DAILY;BYHOUR=1;BYMINUTE=30", NEW_YORK);
        LocalDateTime start = LocalDateTime.parse("2026-10-31T00:00");

        assertThat(occurrences(daily, start, NEW_YORK, 3))
                .containsExactly(
                        Instant.parse("2026-10-31T05:30:00Z"), // 01:30 EDT
                        Instant.parse("2026-11-01T05:30:00Z"), // 01:30 EDT, not again at 01:30 EST
                        Instant.parse("2026-11-02T06:30:00Z")); // 01:30 EST
    }

    @Test
    void eightOClockInBerlinStaysEightOClockAcrossTheChange() {
        Recurrence daily = Recurrence.parse("FREQ=DAILY;BYHOUR=8;BYMINUTE=0", BERLIN);

        assertThat(occurrences(daily, LocalDateTime.parse("2026-03-28T00:00"), BERLIN, 2))
                .containsExactly(Instant.parse("2026-03-28T07:00:00Z"), Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void shanghaiHasNoDaylightSaving() {
        Recurrence daily = Recurrence.parse("FREQ=DAILY;BYHOUR=8;BYMINUTE=0", SHANGHAI);

        assertThat(occurrences(daily, LocalDateTime.parse("2026-03-28T00:00"), SHANGHAI, 2))
                .containsExactly(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-29T00:00:00Z"));
    }

    @Test
    void theThirtyFirstSkipsMonthsWithoutOne() {
        Recurrence monthly = Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=31;BYHOUR=9;BYMINUTE=0", SHANGHAI);

        assertThat(occurrences(monthly, LocalDateTime.parse("2026-01-01T00:00"), SHANGHAI, 3))
                .containsExactly(
                        Instant.parse("2026-01-31T01:00:00Z"),
                        Instant.parse("2026-03-31T01:00:00Z"),
                        Instant.parse("2026-05-31T01:00:00Z"));
    }

    @Test
    void onlyFebruaryThirtiethNeverHappens() {
        Recurrence feb30 = Recurrence.parse("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30", SHANGHAI);

        assertThat(feb30.next(
                        LocalDateTime.parse("2026-02-01T08:00"), SHANGHAI, Instant.parse("2026-01-01T00:00:00Z"), 0))
                .isEmpty();
    }

    @Test
    void weeklyOnChosenDaysStopsAfterCount() {
        Recurrence weekly = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=9;BYMINUTE=0;COUNT=3", SHANGHAI);
        LocalDateTime start = LocalDateTime.parse("2026-12-02T00:00"); // a Wednesday

        assertThat(occurrences(weekly, start, SHANGHAI, 5))
                .containsExactly(
                        Instant.parse("2026-12-04T01:00:00Z"),
                        Instant.parse("2026-12-07T01:00:00Z"),
                        Instant.parse("2026-12-11T01:00:00Z"));
    }

    @Test
    void everyOtherDayUntilADate() {
        Recurrence rule = Recurrence.parse("FREQ=DAILY;INTERVAL=2;UNTIL=20261205", SHANGHAI);

        assertThat(occurrences(rule, LocalDateTime.parse("2026-12-01T20:00"), SHANGHAI, 5))
                .containsExactly(
                        Instant.parse("2026-12-01T12:00:00Z"),
                        Instant.parse("2026-12-03T12:00:00Z"),
                        Instant.parse("2026-12-05T12:00:00Z"));
    }

    @Test
    void findsTheNextOccurrenceYearsAfterTheStartWithoutWalkingThere() {
        Recurrence daily = Recurrence.parse("FREQ=DAILY;INTERVAL=3;BYHOUR=8;BYMINUTE=0", SHANGHAI);

        assertThat(daily.next(
                        LocalDateTime.parse("2020-01-01T08:00"), SHANGHAI, Instant.parse("2026-06-01T12:00:00Z"), 0))
                .contains(Instant.parse("2026-06-04T00:00:00Z")); // day 2346 = 3 x 782
    }

    @Test
    void theCanonicalRuleReadsBackTheSame() {
        String rule = Recurrence.parse("freq=weekly;byday=FR,MO;byhour=9;byminute=0;count=3", SHANGHAI)
                .rule();

        assertThat(rule).isEqualTo("FREQ=WEEKLY;BYDAY=FR,MO;BYHOUR=9;BYMINUTE=0;COUNT=3");
        assertThat(Recurrence.parse(rule, SHANGHAI).rule()).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "FREQ=YEARLY",
                "FREQ=HOURLY",
                "FREQ=DAILY;BYDAY=1MO",
                "FREQ=DAILY;BYHOUR=24",
                "FREQ=DAILY;COUNT=2;UNTIL=20261231",
                "FREQ=DAILY;BYSETPOS=1",
                "FREQ=DAILY;INTERVAL=0",
                "FREQ=WEEKLY;BYMONTHDAY=3",
                "FREQ=DAILY;FREQ=DAILY",
                "FREQ=DAILY;UNTIL=tomorrow",
                "FREQ"
            })
    void rulesOutsideTheSubsetAreBadRequests(String rule) {
        assertThatThrownBy(() -> Recurrence.parse(rule, SHANGHAI))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
    }

    private static List<Instant> occurrences(Recurrence rule, LocalDateTime start, ZoneId zone, int max) {
        List<Instant> found = new ArrayList<>();
        Instant after = start.atZone(zone).toInstant().minusSeconds(1);
        for (int i = 0; i < max; i++) {
            var next = rule.next(start, zone, after, i);
            if (next.isEmpty()) {
                break;
            }
            found.add(next.get());
            after = next.get();
        }
        return found;
    }
}
