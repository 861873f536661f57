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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The analytics table's per-day counter items ({@code DAY#2026-11-24}) as a part of someone else's
 * transaction: a store that writes a countable fact (a memory, a delivery) adds the day's {@code ADD}
 * to the very transaction that writes it, so the figure moves exactly when the fact happens and a
 * cancelled transaction moves nothing. The day is the UTC day, like the summary's.
 */
final class DayCounters {

    static final String SORT = "-";
    /** Every writer of facts shares one item per day: transactions on it cancel each other and try again. */
    static final int ATTEMPTS = 25;

    private final String table;

    /** @param table the analytics table, or null for a store that counts nothing */
    DayCounters(String table) {
        this.table = table;
    }

    /** The {@code ADD} of {@code tally} to the day {@code at} falls in; empty when there is nothing to count. */
    Optional<TransactWriteItem> add(Instant at, Tally tally) {
        return table == null || tally.isEmpty() ? Optional.empty()
                : Optional.of(update(table, LocalDate.ofInstant(at, ZoneOffset.UTC), tally));
    }

    /** One {@code ADD} per counter; callers sum a day's counts first, as one transaction may touch an item only once. */
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
        Update.Builder update = Update.builder().tableName(table).key(key(dayKey(day)));
        if (terms.isEmpty()) {
            // Nothing to add: touch nothing, but keep the transaction's shape.
            update.updateExpression("SET #d = :d").expressionAttributeNames(Map.of("#d", "day"))
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromS(day.toString())));
        } else {
            update.updateExpression("ADD " + String.join(", ", terms)).expressionAttributeNames(names)
                    .expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().update(update.build()).build();
    }

    /**
     * Runs the transaction, again while it is cancelled only by a concurrent transaction on the same
     * items (the day's counter item is shared); a failed condition, or anything else, is thrown.
     */
    static void transact(DynamoDbClient client, List<TransactWriteItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(b -> b.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                if (!onlyConflicts(e)) {
                    throw e;
                }
                backOff(e, attempt);
            }
        }
    }

    static boolean conditionFailed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    private static boolean onlyConflicts(TransactionCanceledException e) {
        List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code)
                .filter(code -> code != null && !"None".equals(code)).toList();
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

    static String dayKey(LocalDate day) {
        return "DAY#" + day;
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
