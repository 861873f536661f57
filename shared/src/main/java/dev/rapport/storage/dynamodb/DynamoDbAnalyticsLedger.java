package dev.rapport.storage.dynamodb;

import static dev.rapport.storage.dynamodb.DayCounters.key;
import static dev.rapport.storage.dynamodb.DayCounters.number;

import dev.rapport.analytics.AnalyticsLedger;
import dev.rapport.analytics.Observation;
import dev.rapport.analytics.Rating;
import dev.rapport.analytics.Tally;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Per-day counter items in the analytics table (each day spread over {@link DayCounters#SHARDS} shard
 * items, see {@link DayCounters}), changed only by atomic {@code ADD}, each in one transaction with a
 * marker of what was counted ({@code SEEN#<digest of id>}, kept past the stream's 24-hour redelivery
 * window) or, for feedback, the turn's last counted rating. The marker's condition, not the counter
 * item, makes a count happen once, so the {@code ADD} may land on any shard.
 * The low-level client is used here on purpose: the Enhanced Client cannot express {@code ADD} on
 * attributes it does not know in advance (latency buckets).
 */
public final class DynamoDbAnalyticsLedger implements AnalyticsLedger {

    /** BatchGetItem's limit of keys per call. */
    static final int BATCH = 100;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;
    private final Duration seenFor;
    private final Duration ratingsFor;

    public DynamoDbAnalyticsLedger(
            DynamoDbClient client, String table, Clock clock, Duration seenFor, Duration ratingsFor) {
        this.client = client;
        this.table = table;
        this.clock = clock;
        this.seenFor = seenFor;
        this.ratingsFor = ratingsFor;
    }

    @Override
    public boolean count(Observation observation) {
        Map<String, AttributeValue> marker = key("SEEN#" + digest(observation.id()));
        marker.put("expiresAt", number(clock.instant().plus(seenFor).getEpochSecond()));
        TransactWriteItem seen = TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName(table)
                        .item(marker)
                        .conditionExpression("attribute_not_exists(pk)")
                        .build())
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                // Built anew per attempt: a conflict moves the ADD to another random shard.
                client.transactWriteItems(b -> b.transactItems(seen, add(observation.day(), observation.tally())));
                return true;
            } catch (TransactionCanceledException e) {
                if (DayCounters.conditionFailed(e, 0)) {
                    return false;
                }
                DayCounters.backOff(e, attempt);
            }
        }
    }

    @Override
    public void rate(Rating rating) {
        Map<String, AttributeValue> key = key("RATING#" + digest(rating.turnId()));
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> earlier = client.getItem(
                            b -> b.tableName(table).key(key).consistentRead(true))
                    .item();
            boolean first = earlier == null || earlier.isEmpty();
            Optional<Rating> counted = first ? Optional.empty() : Optional.of(rating(rating.turnId(), earlier));
            if (counted.isPresent() && !counted.get().at().isBefore(rating.at())) {
                return;
            }
            LocalDate day = first
                    ? day(rating.at())
                    : LocalDate.parse(earlier.get("day").s());
            Tally delta = rating.tally().minus(counted.map(Rating::tally).orElse(Tally.EMPTY));
            Map<String, AttributeValue> item = new HashMap<>(key);
            item.put("day", AttributeValue.fromS(day.toString()));
            item.put("at", AttributeValue.fromS(rating.at().toString()));
            item.put("expiresAt", number(clock.instant().plus(ratingsFor).getEpochSecond()));
            if (rating.stars() != null) {
                item.put("stars", number(rating.stars()));
            } else {
                item.put("thumbsUp", AttributeValue.fromBool(Boolean.TRUE.equals(rating.thumbsUp())));
            }
            Put.Builder put = Put.builder().tableName(table).item(item);
            if (first) {
                put.conditionExpression("attribute_not_exists(pk)");
            } else {
                put.conditionExpression("#at = :at")
                        .expressionAttributeNames(Map.of("#at", "at"))
                        .expressionAttributeValues(Map.of(":at", earlier.get("at")));
            }
            try {
                client.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().put(put.build()).build(), add(day, delta)));
                return;
            } catch (TransactionCanceledException e) {
                // A changed rating record means someone counted in between: read it again and recompute.
                DayCounters.backOff(e, attempt);
            }
        }
    }

    /**
     * Reads every shard of every day (and the unsharded items of before) and sums them by day:
     * {@code SHARDS + 1} keys a day, in BatchGetItem calls of at most {@value #BATCH} keys.
     */
    @Override
    public Map<LocalDate, Tally> days(LocalDate from, LocalDate to) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            keys.addAll(DayCounters.keys(day));
        }
        Map<LocalDate, Tally> days = new TreeMap<>();
        for (int start = 0; start < keys.size(); start += BATCH) {
            List<Map<String, AttributeValue>> chunk = keys.subList(start, Math.min(keys.size(), start + BATCH));
            Map<String, KeysAndAttributes> pending =
                    Map.of(table, KeysAndAttributes.builder().keys(chunk).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(request));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    days.merge(DayCounters.day(item), tally(item), Tally::plus);
                }
                pending = response.unprocessedKeys();
            }
        }
        return days;
    }

    private TransactWriteItem add(LocalDate day, Tally tally) {
        return DayCounters.update(table, day, tally);
    }

    private static Tally tally(Map<String, AttributeValue> item) {
        Map<String, Long> counts = new HashMap<>();
        item.forEach((name, value) -> {
            if (value.n() != null) {
                counts.put(name, Long.parseLong(value.n()));
            }
        });
        return new Tally(counts);
    }

    private static Rating rating(String turnId, Map<String, AttributeValue> item) {
        AttributeValue stars = item.get("stars");
        AttributeValue thumbs = item.get("thumbsUp");
        return new Rating(
                turnId,
                stars == null ? null : Integer.valueOf(stars.n()),
                thumbs == null ? null : thumbs.bool(),
                Instant.parse(item.get("at").s()));
    }

    /** Observation ids can embed a customer's key; the table keeps only a digest, so erasure leaves nothing here. */
    static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
