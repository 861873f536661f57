package dev.rapport.reminders;

import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the every-minute schedule runs: delivers every occurrence due by {@code now} exactly once.
 * Schedules are at-least-once and may run late, twice or side by side; each occurrence is
 * delivered by one conditional transaction (a new delivery key, the reminder still waiting for
 * that occurrence), so repeats find nothing to do. The sweep re-reads a short overlap every time
 * (the due index is eventually consistent) and reaches back to where the last sweep stopped,
 * up to {@code catchUp}, when sweeps were missed.
 */
public final class ReminderSweep {

    /** Occurrences of one reminder delivered in one sweep at most (a daily rule after a long outage). */
    static final int MAX_PER_REMINDER = 50;

    public record Report(Instant from, Instant until, int slotsRead, int delivered, int alreadyDelivered) {}

    private final ReminderStore store;
    private final SettingsStore settings;
    private final Channel channel;
    private final DueSlots slots;
    private final Duration overlap;
    private final Duration catchUp;

    public ReminderSweep(
            ReminderStore store,
            SettingsStore settings,
            Channel channel,
            DueSlots slots,
            Duration overlap,
            Duration catchUp) {
        this.store = store;
        this.settings = settings;
        this.channel = channel;
        this.slots = slots;
        this.overlap = overlap;
        this.catchUp = catchUp;
    }

    /** For a SnapStart snapshot: the sweep's reads, for a minute of 1970 (nothing is due), so nothing is written. */
    public void prime() {
        store.sweptUntil();
        for (String slot : slots.slotsBetween(Instant.EPOCH, Instant.EPOCH)) {
            store.dueIn(slot, Instant.EPOCH);
        }
    }

    public Report run(Instant now) {
        Instant from = now.minus(overlap);
        Instant earliest = now.minus(catchUp);
        Instant swept = store.sweptUntil().orElse(from);
        if (swept.isBefore(from)) {
            from = swept.isBefore(earliest) ? earliest : swept;
        }
        Map<String, CustomerSettings> known = new HashMap<>();
        int read = 0;
        int delivered = 0;
        int lost = 0;
        for (String slot : slots.slotsBetween(from, now)) {
            read++;
            for (Reminder due : store.dueIn(slot, now)) {
                Reminder current = due;
                for (int i = 0;
                        i < MAX_PER_REMINDER
                                && current.active()
                                && !current.nextAt().isAfter(now);
                        i++) {
                    CustomerSettings customer = known.computeIfAbsent(
                            current.owner().customerHash(),
                            hash -> settings.find(hash).orElse(CustomerSettings.DEFAULTS));
                    InboxMessage message = new InboxMessage(
                            "reminder",
                            current.id(),
                            current.nextAt(),
                            Notices.inboxText(current.text(), customer),
                            now,
                            null);
                    Reminder after = current.deliveredAt(current.nextAt());
                    if (!store.deliver(current, message, after)) {
                        lost++;
                        break;
                    }
                    delivered++;
                    channel.push(current.owner(), Notices.pushText(current.text(), customer));
                    current = after;
                }
            }
        }
        store.markSwept(now);
        return new Report(from, now, read, delivered, lost);
    }
}
