package dev.rapport.campaigns;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours in the recipient's own time zone when no campaign message is sent. A window may wrap
 * midnight (21:00–08:00). A message that falls in it is skipped, not deferred: a campaign is a
 * moment, and a "good morning" offer arriving hours late reads worse than none.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }
}
