package dev.rapport.campaigns;

/** Why a targeted customer got no message; each has its own counter in the campaign's stats. */
public enum SkipReason {
    NO_CONSENT("noConsent"),
    QUIET_HOURS("quietHours"),
    FREQUENCY_CAP("frequencyCap"),
    CANCELLED("cancelled");

    private final String wire;

    SkipReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
