package dev.rapport.analytics;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts by attribute name (the {@link Counter}s and the latency buckets): what one observation
 * adds to its day, or what a day holds. Immutable.
 */
public record Tally(Map<String, Long> counts) {

    public static final Tally EMPTY = new Tally(Map.of());

    public Tally {
        counts = Map.copyOf(counts);
    }

    public Tally with(Counter counter, long amount) {
        return with(counter.attribute(), amount);
    }

    public Tally withLatency(long millis) {
        return with(LatencyHistogram.attribute(LatencyHistogram.bucket(millis)), 1)
                .with(Counter.TIMED_TURNS, 1);
    }

    public Tally with(String attribute, long amount) {
        Map<String, Long> next = new HashMap<>(counts);
        next.merge(attribute, amount, Long::sum);
        return new Tally(next);
    }

    public Tally plus(Tally other) {
        Map<String, Long> next = new HashMap<>(counts);
        other.counts.forEach((k, v) -> next.merge(k, v, Long::sum));
        return new Tally(next);
    }

    public Tally minus(Tally other) {
        Map<String, Long> next = new HashMap<>(counts);
        other.counts.forEach((k, v) -> next.merge(k, -v, Long::sum));
        return new Tally(next);
    }

    public long get(Counter counter) {
        return counts.getOrDefault(counter.attribute(), 0L);
    }

    public long[] latencyBuckets() {
        long[] buckets = new long[LatencyHistogram.BOUNDS.size() + 1];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = counts.getOrDefault(LatencyHistogram.attribute(i), 0L);
        }
        return buckets;
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(v -> v == 0);
    }
}
