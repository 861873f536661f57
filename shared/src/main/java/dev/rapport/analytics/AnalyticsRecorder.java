package dev.rapport.analytics;

import java.util.Objects;

/** Keeps the figures up to date from what happened, off the chat's critical path. */
public final class AnalyticsRecorder {

    private final AnalyticsLedger ledger;

    public AnalyticsRecorder(AnalyticsLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger);
    }

    /** @return true when this call counted it, false when it had been counted before */
    public boolean observed(Observation observation) {
        return ledger.count(observation);
    }

    public void rated(Rating rating) {
        ledger.rate(rating);
    }
}
