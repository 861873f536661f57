package dev.rapport.analytics;

import java.util.List;

/**
 * Turn latency in fixed buckets, so days add up bucket by bucket and percentiles of any range come
 * from the sum — percentiles themselves cannot be averaged. A percentile is reported as the upper
 * bound of the bucket it falls in: an over-estimate by at most one bucket's width.
 */
public final class LatencyHistogram {

    /** Upper bounds in milliseconds; the last bucket holds everything slower. */
    public static final List<Long> BOUNDS = List.of(
            100L, 200L, 300L, 500L, 750L, 1_000L, 1_500L, 2_000L, 3_000L, 5_000L, 8_000L, 12_000L, 20_000L, 30_000L);

    private LatencyHistogram() {}

    public static int bucket(long millis) {
        for (int i = 0; i < BOUNDS.size(); i++) {
            if (millis <= BOUNDS.get(i)) {
                return i;
            }
        }
        return BOUNDS.size();
    }

    /** The attribute holding a bucket's count. */
    public static String attribute(int bucket) {
        return "latency" + String.format("%02d", bucket);
    }

    /**
     * @param counts turns per bucket ({@code BOUNDS.size() + 1} of them)
     * @return the bucket bound at quantile {@code q}, or null when nothing was timed; the open last
     *         bucket reports its lower bound
     */
    public static Long percentile(long[] counts, double q) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= Math.max(rank, 1)) {
                return BOUNDS.get(Math.min(i, BOUNDS.size() - 1));
            }
        }
        return BOUNDS.getLast();
    }
}
