package dev.rapport.reminders;

import dev.rapport.identity.Owner;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's own reminder: a redacted text and when it is due, in the customer's time zone.
 * One-off reminders have no rule; recurring ones repeat by {@link Recurrence} from {@code start}.
 *
 * @param start the first (or only) occurrence, as wall-clock time in {@code zone}
 * @param rule the canonical RRULE, or null for a one-off reminder
 * @param nextAt the next occurrence to deliver; null once the reminder has run its course
 * @param delivered how many occurrences have been delivered
 */
public record Reminder(
        String id,
        Owner owner,
        String text,
        String zone,
        LocalDateTime start,
        String rule,
        Instant nextAt,
        int delivered,
        Instant createdAt) {

    public static final int MAX_TEXT_CHARS = 500;

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean active() {
        return nextAt != null;
    }

    public boolean recurring() {
        return rule != null;
    }

    /** The occurrence after {@code occurrence}, which has just been delivered. */
    public Optional<Instant> followingAfter(Instant occurrence) {
        if (rule == null) {
            return Optional.empty();
        }
        ZoneId z = ZoneId.of(zone);
        return Recurrence.parse(rule, z).next(start, z, occurrence, delivered + 1);
    }

    /** This reminder once {@code occurrence} is delivered: moved on to the next one, or finished. */
    public Reminder deliveredAt(Instant occurrence) {
        return new Reminder(
                id, owner, text, zone, start, rule, followingAfter(occurrence).orElse(null), delivered + 1, createdAt);
    }
}
