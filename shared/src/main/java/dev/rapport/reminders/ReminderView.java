package dev.rapport.reminders;

import java.time.ZoneId;

/** A reminder as the API shows it; times are ISO-8601, {@code nextAt} in the reminder's zone. */
public record ReminderView(
        String id,
        String text,
        String timezone,
        String start,
        String rrule,
        String nextAt,
        int delivered,
        String status) {

    static ReminderView of(Reminder r) {
        return new ReminderView(
                r.id(),
                r.text(),
                r.zone(),
                r.start().toString(),
                r.rule(),
                r.nextAt() == null
                        ? null
                        : r.nextAt()
                                .atZone(ZoneId.of(r.zone()))
                                .toOffsetDateTime()
                                .toString(),
                r.delivered(),
                r.active() ? "active" : "done");
    }
}
