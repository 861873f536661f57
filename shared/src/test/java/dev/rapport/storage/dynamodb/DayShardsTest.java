package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.analytics.Counter;
import dev.rapport.analytics.Observation;
import dev.rapport.analytics.Tally;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A day's counters written across shard items on the embedded DynamoDB: writers spread over them, the
 * summary's read sums every shard and the unsharded items of before, across BatchGetItem's 100-key limit.
 */
class DayShardsTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:30:00Z");
    private static final LocalDate DAY = LocalDate.ofInstant(AT, ZoneOffset.UTC);
    private static final Tally DELIVERY = Tally.EMPTY.with(Counter.CAMPAIGN_DELIVERIES, 1);

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final DynamoDbClient client = dynamo.client();
    private String table;
    private DynamoDbAnalyticsLedger ledger;

    @BeforeEach
    void setUp() {
        table = dynamo.createAnalyticsTable();
        ledger = new DynamoDbAnalyticsLedger(client, table, Clock.systemUTC(), Duration.ofDays(3), Duration.ofDays(91));
    }

    @Test
    void concurrentDeliveriesSpreadOverShardsAndSumExactly() throws Exception {
        DayCounters counters = new DayCounters(table);
        int deliveries = 400;
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            done.add(senders.submit(() -> DayCounters.transact(
                    client, List.of(counters.add(AT, DELIVERY).orElseThrow()))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        senders.shutdown();

        Set<String> written = new TreeSet<>();
        Map<String, Long> perShard = new HashMap<>();
        client.scanPaginator(b -> b.tableName(table)).items().forEach(item -> {
            written.add(item.get("pk").s());
            perShard.put(
                    item.get("pk").s(),
                    Long.parseLong(
                            item.get(Counter.CAMPAIGN_DELIVERIES.attribute()).n()));
        });
        // 400 uniform picks of 16 shards leave one untouched with a chance of about 16 × (15/16)^400 ≈ 1e-10.
        assertThat(written).hasSize(DayCounters.SHARDS).allMatch(pk -> pk.startsWith("DAY#" + DAY + "#"));
        assertThat(perShard.values()).allMatch(count -> count < deliveries);
        assertThat(ledger.days(DAY, DAY).get(DAY).get(Counter.CAMPAIGN_DELIVERIES))
                .isEqualTo(deliveries);
    }

    @Test
    void anUnshardedDayItemOfBeforeStillCountsBesideTheShards() {
        Map<String, AttributeValue> old = DayCounters.key("DAY#" + DAY);
        old.put(Counter.TURNS.attribute(), AttributeValue.fromN("7"));
        old.put(Counter.HANDOFF_RISK.attribute(), AttributeValue.fromN("2"));
        old.put("latency03", AttributeValue.fromN("5"));
        client.putItem(b -> b.tableName(table).item(old));
        ledger.count(new Observation(
                "turn#new",
                DAY,
                Tally.EMPTY.with(Counter.TURNS, 1).with(Counter.HANDOFF_RISK, 1).withLatency(400)));
        ledger.count(new Observation(
                "turn#newer", DAY, Tally.EMPTY.with(Counter.TURNS, 1).withLatency(5_000)));

        Tally day = ledger.days(DAY, DAY).get(DAY);

        assertThat(day.get(Counter.TURNS)).isEqualTo(9);
        assertThat(day.get(Counter.HANDOFF_RISK)).isEqualTo(3);
        long[] buckets = day.latencyBuckets();
        assertThat(buckets[3]).isEqualTo(6);
        assertThat(buckets[9]).isEqualTo(1);
    }

    @Test
    void aQuartersRangeReadsEveryDayAcrossManyBatchCalls() {
        LocalDate first = DAY.minusDays(91);
        for (LocalDate day : List.of(first, DAY.minusDays(45), DAY)) {
            DayCounters.transact(client, List.of(DayCounters.update(table, day, DELIVERY.with(Counter.TURNS, 3))));
        }
        client.putItem(b -> b.tableName(table).item(withTurns(DayCounters.key("DAY#" + first), 4)));

        Map<LocalDate, Tally> days = ledger.days(first, DAY);

        // 92 days × 17 keys = 1,564 keys: sixteen BatchGetItem calls, as DynamoDB allows 100 keys per call.
        assertThat(days.keySet()).containsExactly(first, DAY.minusDays(45), DAY);
        assertThat(days.get(first).get(Counter.TURNS)).isEqualTo(7);
        assertThat(days.get(DAY).get(Counter.CAMPAIGN_DELIVERIES)).isEqualTo(1);
    }

    @Test
    void aRetriedAddMovesToAShardOfTheSameDayAndOtherWritesStayPut() {
        TransactWriteItem add = DayCounters.update(table, DAY, DELIVERY);
        TransactWriteItem other = TransactWriteItem.builder()
                .update(u -> u.tableName("campaigns")
                        .key(DayCounters.key("CAMPAIGN#c1"))
                        .updateExpression("ADD sent :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                .build();

        Set<String> shards = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            TransactWriteItem moved = DayCounters.reshard(add);
            shards.add(moved.update().key().get("pk").s());
            assertThat(moved.update().updateExpression()).isEqualTo(add.update().updateExpression());
            assertThat(moved.update().expressionAttributeValues())
                    .isEqualTo(add.update().expressionAttributeValues());
        }

        assertThat(shards).hasSizeGreaterThan(1).allMatch(pk -> pk.matches("DAY#" + DAY + "#([0-9]|1[0-5])"));
        assertThat(DayCounters.reshard(other)).isSameAs(other);
    }

    private static Map<String, AttributeValue> withTurns(Map<String, AttributeValue> key, long turns) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(Counter.TURNS.attribute(), AttributeValue.fromN(Long.toString(turns)));
        return item;
    }
}
