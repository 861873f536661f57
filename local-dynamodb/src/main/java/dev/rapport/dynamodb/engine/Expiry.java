package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Time to live, as DynamoDB documents it: an item whose TTL attribute (epoch seconds) has passed is
 * deleted by the service, with a REMOVE stream record by {@code dynamodb.amazonaws.com}; a TTL more
 * than five years in the past is ignored. Also trims stream records older than 24 hours.
 */
public final class Expiry {

    private static final Duration IGNORED_BEYOND = Duration.ofDays(5 * 365);
    private static final Duration STREAM_RETENTION = Duration.ofHours(24);

    private final Engine engine;

    public Expiry(Engine engine) {
        this.engine = engine;
    }

    /** Deletes every expired item now; returns how many. */
    public int run() {
        Instant now = engine.clock().instant();
        int deleted = 0;
        for (Table table : engine.tables()) {
            deleted += expire(table, now);
            if (table.stream() != null) {
                engine.write(() -> {
                    table.stream().trim(now.minus(STREAM_RETENTION));
                    return null;
                });
            }
        }
        return deleted;
    }

    private int expire(Table table, Instant now) {
        if (table.definition().ttlAttribute() == null) {
            return 0;
        }
        List<String> due = new ArrayList<>();
        for (String entry : table.expiries().keySet()) {
            long expiresAt = Long.parseLong(entry.substring(0, entry.indexOf(KeyCodec.SEPARATOR)));
            if (expiresAt > now.getEpochSecond()) {
                break;
            }
            if (expiresAt >= now.minus(IGNORED_BEYOND).getEpochSecond()) {
                due.add(entry);
            }
        }
        return engine.write(() -> {
            int deleted = 0;
            for (String entry : due) {
                String key = table.expiries().get(entry);
                Map<String, Value> item = key == null ? null : table.get(key);
                // Re-checked under the lock: a write since the look-up may have moved the expiry on.
                if (item != null && entry.equals(table.expiryEntry(item, key))) {
                    engine.apply(table, key, item, null, true);
                    deleted++;
                }
            }
            return deleted;
        });
    }
}
