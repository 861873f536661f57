package dev.rapport.reminders;

import java.time.Instant;
import java.util.Objects;

/**
 * One message delivered to a customer's inbox. Its key is the delivery key — the source (a
 * reminder, later a campaign) and the occurrence — so a second delivery of the same occurrence
 * is refused by the store rather than stored twice.
 *
 * @param kind {@code reminder} (campaign messages will share the inbox)
 * @param sourceId the reminder's id
 * @param occurrence the instant the message was due
 * @param card where the message's birthday card image is served ({@code /v1/cards/birthday-2026}); null for none
 */
public record InboxMessage(
        String kind, String sourceId, Instant occurrence, String text, Instant deliveredAt, String card) {

    public InboxMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }

    /** Unique per source and occurrence: the delivery key. */
    public String id() {
        return kind + ":" + sourceId + ":" + occurrence.getEpochSecond();
    }
}
