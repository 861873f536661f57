package dev.rapport.campaigns;

/** Where a campaign is in its life; only scheduled and running ones can still be cancelled. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    RUNNING,
    FINISHED,
    CANCELLED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean cancellable() {
        return this == DRAFT || this == SCHEDULED || this == RUNNING;
    }
}
