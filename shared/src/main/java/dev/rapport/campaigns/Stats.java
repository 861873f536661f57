package dev.rapport.campaigns;

import java.util.Map;

/**
 * What a campaign did so far. {@code targeted} is known once the starter has paged through the
 * whole segment (null before); every targeted customer ends up counted once in sent, skipped or failed.
 */
public record Stats(Integer targeted, long sent, Map<String, Long> skipped, long failed) {

    public static final Stats NONE = new Stats(null, 0, Map.of(), 0);

    public Stats {
        skipped = Map.copyOf(skipped);
    }

    public long processed() {
        return sent
                + failed
                + skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
