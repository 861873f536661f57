package dev.rapport.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Port: the per-day counters. Writes are atomic increments tied to a record of what was counted,
 * so a stream record delivered twice is counted once.
 */
public interface AnalyticsLedger {

    /** Adds the observation's tally to its day unless it was counted before; true when it was added now. */
    boolean count(Observation observation);

    /**
     * Replaces the turn's earlier rating (if any) in the figures by this one; older or repeated feedback changes
     * nothing.
     */
    void rate(Rating rating);

    /** The counters of each day in the range that has any, by day. */
    Map<LocalDate, Tally> days(LocalDate from, LocalDate to);
}
