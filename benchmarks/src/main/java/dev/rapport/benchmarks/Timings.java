package dev.rapport.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations in nanoseconds, reported as percentiles in milliseconds. */
final class Timings {

    private final List<Long> samples = new ArrayList<>();

    void add(long nanos) {
        samples.add(nanos);
    }

    int count() {
        return samples.size();
    }

    double percentileMillis(double p) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
