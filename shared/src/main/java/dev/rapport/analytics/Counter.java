package dev.rapport.analytics;

/**
 * The per-day counters behind the service-quality figures. Each is an attribute of the day's counter
 * items (summed over its shards), only ever changed by an atomic {@code ADD}, so concurrent writers
 * never lose each other's counts.
 */
public enum Counter {
    TURNS("turns"),
    SESSIONS("sessions"),
    HANDOFFS("handoffs"),
    HANDOFF_REQUESTED("handoffRequested"),
    HANDOFF_FRUSTRATION("handoffFrustration"),
    HANDOFF_RISK("handoffRisk"),
    HANDOFF_UNRESOLVED("handoffUnresolved"),
    FAQ_TURNS("faqTurns"),
    INPUT_TOKENS("inputTokens"),
    OUTPUT_TOKENS("outputTokens"),
    TIMED_TURNS("timedTurns"),
    RATINGS("ratings"),
    RATING_SUM("ratingSum"),
    THUMBS("thumbs"),
    SATISFIED("satisfied"),
    MEMORY_WRITES("memoryWrites"),
    MEMORY_DELETIONS("memoryDeletions"),
    REMINDER_DELIVERIES("reminderDeliveries"),
    CAMPAIGN_DELIVERIES("campaignDeliveries");

    private final String attribute;

    Counter(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
