package dev.rapport.campaigns;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A marketer's campaign: one personalized message to each consenting customer of a segment,
 * sent at {@code startAt} (the local date-time {@code localStart} in {@code zone}).
 *
 * @param owner the marketer's hashed subject (who created it)
 * @param brief the message template, PII-redacted; {@code {name}} becomes the recipient's profile name
 * @param frequencyCap at most this many campaign messages per customer per rolling 7 days
 * @param cancelledBy the hashed subject of the marketer who cancelled it, or null
 */
public record Campaign(
        String id,
        String owner,
        String name,
        Segment segment,
        String brief,
        LocalDateTime localStart,
        String zone,
        Instant startAt,
        QuietHours quietHours,
        int frequencyCap,
        String channel,
        CampaignStatus status,
        Instant createdAt,
        String cancelledBy) {

    public static final String INBOX = "inbox";

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(status, "status");
    }

    public Campaign(
            String id,
            String owner,
            String name,
            Segment segment,
            String brief,
            LocalDateTime localStart,
            String zone,
            Instant startAt,
            QuietHours quietHours,
            int frequencyCap,
            String channel,
            CampaignStatus status,
            Instant createdAt) {
        this(
                id,
                owner,
                name,
                segment,
                brief,
                localStart,
                zone,
                startAt,
                quietHours,
                frequencyCap,
                channel,
                status,
                createdAt,
                null);
    }
}
