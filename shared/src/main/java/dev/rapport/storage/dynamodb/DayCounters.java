package dev.rapport.storage.dynamodb;

import dev.rapport.analytics.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The analytics table's per-day counter items as a part of someone else's transaction: a store that
 * writes a countable fact (a memory, a delivery) adds the day's {@code ADD} to the very transaction
 * that writes it, so the figure moves exactly when the fact happens and a cancelled transaction moves
 * nothing. The day is the UTC day, like the summary's.
 *
 * <p>A day is written across {@link #SHARDS} items ({@code DAY#2026-11-24#0} … {@code #15}), one picked
 * at random per transaction: DynamoDB cancels transactions that meet on one item
 * ({@code TransactionConflict}), so a single item per day would make every concurrent send fight
 * for it. Counts only ever add up, so any shard is as good as another and a reader sums them all,
 * with the unsharded {@code DAY#2026-11-24} items written before sharding.
 */
final class DayCounters {

    static final String SORT = "-";
    /**
     * Shards per day. A constant, not configuration: a reader must read every shard any writer ever
     * used, so lowering it would hide counts. 16 keeps a quarter's summary to 16 BatchGetItem calls
     * (92 days × 17 keys) while hundreds of concurrent transactions a second rarely meet on one shard.
     */
    static final int SHARDS = 16;
    /** Conflicts on a shard are rare and each attempt moves to a random shard; this bounds a pathological run. */
    static final int ATTEMPTS = 25;

    private static final String PREFIX = "DAY#";
    private static final CounterShards DAYS =
            new CounterShards("pk", Pattern.compile("(DAY#\\d{4}-\\d{2}-\\d{2})#\\d+"), SHARDS);
    /** Every sharded counter a transaction here may write to, each moved on a retry. */
    private static final List<CounterShards> SHARDED = List.of(DAYS, CampaignItems.STATS);

    private final String table;

    /** @param table the analytics table, or null for a store that counts nothing */
    DayCounters(String table) {
        this.table = table;
    }

    /** The {@code ADD} of {@code tally} to the day {@code at} falls in; empty when there is nothing to count. */
    Optional<TransactWriteItem> add(Instant at, Tally tally) {
        return table == null || tally.isEmpty()
                ? Optional.empty()
                : Optional.of(update(table, LocalDate.ofInstant(at, ZoneOffset.UTC), tally));
    }

    /**
     * One {@code ADD} per counter; callers sum a day's counts first, as one transaction may touch an item only once.
     */
    static TransactWriteItem update(String table, LocalDate day, Tally tally) {
        List<String> terms = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, Long> count : tally.counts().entrySet()) {
            terms.add("#c" + i + " :c" + i);
            names.put("#c" + i, count.getKey());
            values.put(":c" + i, number(count.getValue()));
            i++;
        }
        Update.Builder update = Update.builder().tableName(table).key(key(DAYS.random(PREFIX + day)));
        if (terms.isEmpty()) {
            // Nothing to add: touch nothing, but keep the transaction's shape.
            update.updateExpression("SET #d = :d")
                    .expressionAttributeNames(Map.of("#d", "day"))
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromS(day.toString())));
        } else {
            update.updateExpression("ADD " + String.join(", ", terms))
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().update(update.build()).build();
    }

    /**
     * Runs the transaction, again while it is cancelled only by a concurrent transaction on the same
     * items — each time on another random shard of its day (or campaign, {@link CampaignItems#STATS});
     * a failed condition, or anything else, is thrown.
     */
    static void transact(DynamoDbClient client, List<TransactWriteItem> items) {
        List<TransactWriteItem> attempted = items;
        for (int attempt = 1; ; attempt++) {
            try {
                List<TransactWriteItem> these = attempted;
                client.transactWriteItems(b -> b.transactItems(these));
                return;
            } catch (TransactionCanceledException e) {
                if (!onlyConflicts(e)) {
                    throw e;
                }
                backOff(e, attempt);
                attempted = attempted.stream().map(DayCounters::reshard).toList();
            }
        }
    }

    /** The same write, on another random shard when it is an {@code ADD} to sharded counters; anything else as is. */
    static TransactWriteItem reshard(TransactWriteItem item) {
        TransactWriteItem moved = item;
        for (CounterShards shards : SHARDED) {
            moved = shards.reshard(moved);
        }
        return moved;
    }

    static boolean conditionFailed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons.size() > index
                && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    private static boolean onlyConflicts(TransactionCanceledException e) {
        List<String> codes = e.cancellationReasons().stream()
                .map(CancellationReason::code)
                .filter(code -> code != null && !"None".equals(code))
                .toList();
        return !codes.isEmpty() && codes.stream().allMatch("TransactionConflict"::equals);
    }

    static void backOff(TransactionCanceledException e, int attempt) {
        if (attempt >= ATTEMPTS) {
            throw e;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** Every item that may hold a day's counts: the unsharded one of before, then each shard. */
    static List<Map<String, AttributeValue>> keys(LocalDate day) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>(SHARDS + 1);
        keys.add(key(PREFIX + day));
        for (int shard = 0; shard < SHARDS; shard++) {
            keys.add(key(shardKey(day, shard)));
        }
        return keys;
    }

    /** The day of a counter item's key, sharded or not. */
    static LocalDate day(Map<String, AttributeValue> item) {
        String pk = item.get("pk").s();
        return LocalDate.parse(pk.substring(PREFIX.length(), PREFIX.length() + "2026-11-24".length()));
    }

    static String shardKey(LocalDate day, int shard) {
        return DAYS.shard(PREFIX + day, shard);
    }

    static Map<String, AttributeValue> key(String pk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put("pk", AttributeValue.fromS(pk));
        key.put("sk", AttributeValue.fromS(SORT));
        return key;
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
