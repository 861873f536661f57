package dev.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.storage.dynamodb.DynamoDbAnalyticsLedger;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-day counters against the embedded DynamoDB: atomic under concurrent writers, and counting each happening
 * once.
 */
class AnalyticsLedgerTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-24");

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private DynamoDbAnalyticsLedger ledger;

    @BeforeEach
    void setUp() {
        ledger = new DynamoDbAnalyticsLedger(
                dynamo.client(),
                dynamo.createAnalyticsTable(),
                Clock.systemUTC(),
                Duration.ofDays(3),
                Duration.ofDays(91));
    }

    @Test
    void manyWritersEachDeliveringEveryTurnTwiceCountEachTurnExactlyOnce() throws Exception {
        int turns = 600;
        List<Observation> deliveries = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            Observation turn = new Observation(
                    "turn#t" + i,
                    i % 3 == 0 ? DAY.plusDays(1) : DAY,
                    Tally.EMPTY
                            .with(Counter.TURNS, 1)
                            .with(Counter.INPUT_TOKENS, 100 + i)
                            .with(Counter.OUTPUT_TOKENS, 7)
                            .withLatency(50L * (i % 40)));
            deliveries.add(turn);
            deliveries.add(turn);
        }
        Collections.shuffle(deliveries, new java.util.Random(7));
        AtomicInteger counted = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = writer; i < deliveries.size(); i += 8) {
                    if (ledger.count(deliveries.get(i))) {
                        counted.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();

        Tally total = ledger.days(DAY, DAY.plusDays(1)).values().stream().reduce(Tally.EMPTY, Tally::plus);
        assertThat(counted).hasValue(turns);
        assertThat(total.get(Counter.TURNS)).isEqualTo(turns);
        assertThat(total.get(Counter.INPUT_TOKENS)).isEqualTo(100L * turns + (long) turns * (turns - 1) / 2);
        assertThat(total.get(Counter.OUTPUT_TOKENS)).isEqualTo(7L * turns);
        assertThat(total.get(Counter.TIMED_TURNS)).isEqualTo(turns);
        assertThat(java.util.Arrays.stream(total.latencyBuckets()).sum()).isEqualTo(turns);
        assertThat(ledger.days(DAY, DAY).get(DAY).get(Counter.TURNS)).isEqualTo(400);
    }

    @Test
    void aChangedRatingReplacesTheEarlierOneAndAStaleRedeliveryChangesNothing() {
        Instant first = Instant.parse("2026-11-24T10:00:00Z");
        ledger.rate(new Rating("turn-1", 2, null, first));
        ledger.rate(new Rating("turn-1", 5, null, first.plusSeconds(60)));
        ledger.rate(new Rating("turn-1", 2, null, first));
        ledger.rate(new Rating("turn-2", null, true, first.plusSeconds(5)));
        ledger.rate(new Rating("turn-2", null, true, first.plusSeconds(5)));
        // Changed a day later: still counted on the day it was first rated.
        ledger.rate(new Rating("turn-3", null, true, first));
        ledger.rate(new Rating("turn-3", null, false, first.plus(Duration.ofDays(1))));

        Tally day = ledger.days(DAY, DAY.plusDays(1)).get(DAY);
        assertThat(day.get(Counter.RATINGS)).isEqualTo(1);
        assertThat(day.get(Counter.RATING_SUM)).isEqualTo(5);
        assertThat(day.get(Counter.THUMBS)).isEqualTo(2);
        assertThat(day.get(Counter.SATISFIED)).isEqualTo(2);
        assertThat(ledger.days(DAY.plusDays(1), DAY.plusDays(1))).isEmpty();
    }

    @Test
    void concurrentRatingsOfManyTurnsAllCount() throws Exception {
        ExecutorService raters = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        Instant at = Instant.parse("2026-11-24T12:00:00Z");
        for (int i = 0; i < 120; i++) {
            int n = i;
            done.add(raters.submit(() -> ledger.rate(new Rating("t" + n, 1 + n % 5, null, at))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        raters.shutdown();

        Tally day = ledger.days(DAY, DAY).get(DAY);
        assertThat(day.get(Counter.RATINGS)).isEqualTo(120);
        assertThat(day.get(Counter.RATING_SUM)).isEqualTo(24L * (1 + 2 + 3 + 4 + 5));
        assertThat(day.get(Counter.SATISFIED)).isEqualTo(48);
    }
}
