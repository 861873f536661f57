package dev.rapport.reminders;

import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Turns what was asked for into a valid reminder, or a problem: the one set of rules for the API,
 * chat and the model's tool. The text comes out redacted; nothing is stored here.
 */
public final class ReminderPlanner {

    private final PiiRedactor redactor;
    private final Clock clock;
    private final Supplier<String> ids;

    public ReminderPlanner(PiiRedactor redactor, Clock clock, Supplier<String> ids) {
        this.redactor = redactor;
        this.clock = clock;
        this.ids = ids;
    }

    public Instant now() {
        return clock.instant();
    }

    public Reminder plan(Owner owner, String text, String at, String rrule, ZoneId zone) {
        String redacted = text(text);
        Instant now = clock.instant();
        Recurrence recurrence = rrule == null ? null : Recurrence.parse(rrule, zone);
        LocalDateTime start = at == null ? null : when(at, zone);
        if (recurrence == null) {
            if (start == null) {
                throw ProblemException.badRequest(
                        "invalid-reminder", "A one-off reminder needs 'at'; a recurring one 'rrule'.");
            }
            Instant due = start.atZone(zone).toInstant();
            if (!due.isAfter(now)) {
                throw ProblemException.unprocessable(
                        "time-in-the-past", "That time has already passed in " + zone.getId() + ".");
            }
            return new Reminder(ids.get(), owner, redacted, zone.getId(), start, null, due, 0, now);
        }
        LocalDateTime from =
                start != null ? start : LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        Instant next = recurrence
                .next(from, zone, now, 0)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "impossible-recurrence",
                        "That rule has no occurrence after now (for example a day no month has, or it ended)."));
        return new Reminder(ids.get(), owner, redacted, zone.getId(), from, recurrence.rule(), next, 0, now);
    }

    private String text(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("invalid-reminder", "The reminder needs a text.");
        }
        if (text.length() > Reminder.MAX_TEXT_CHARS) {
            throw ProblemException.badRequest(
                    "invalid-reminder", "The text is limited to " + Reminder.MAX_TEXT_CHARS + " characters.");
        }
        return redactor.apply(text.strip());
    }

    private static LocalDateTime when(String at, ZoneId zone) {
        try {
            return at.length() > 19 || at.endsWith("Z")
                    ? OffsetDateTime.parse(at).atZoneSameInstant(zone).toLocalDateTime()
                    : LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "invalid-time",
                    "'at' is ISO-8601: 2026-12-01T08:00 (in the time zone) or 2026-12-01T08:00:00+08:00.");
        }
    }
}
