package dev.rapport.reminders;

import dev.rapport.identity.Owner;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where reminders, their inbox deliveries and the sweep's progress live. */
public interface ReminderStore {

    /**
     * Stores a new reminder and counts it among its owner's active ones, in one write that is refused
     * when {@code limit} are already active, however many writes run at once.
     *
     * @param activeNow the owner's active reminders as just listed: the count's start for an owner
     *     whose reminders were stored before they were counted
     * @return false when {@code limit} reminders are already active; nothing was written
     */
    boolean create(Reminder reminder, int limit, long activeNow);

    /** The owner's reminders, soonest first, finished ones last. */
    List<Reminder> list(Owner owner);

    /**
     * Deletes the owner's reminder (no longer counted if it was active); false when the owner has none with that id.
     */
    boolean delete(Owner owner, String id);

    /** Active reminders indexed under {@code slot} and due at or before {@code now} (eventually consistent). */
    List<Reminder> dueIn(String slot, Instant now);

    /** The reminder as stored now, for re-checking what the index said. */
    Optional<Reminder> find(Owner owner, String id);

    /**
     * In one transaction: stores the message (only if its delivery key is new) and moves the
     * reminder on (only if it still waits for that occurrence), no longer counting it as active
     * when that was its last occurrence.
     *
     * @return false when another delivery of this occurrence won, or the reminder changed or went
     */
    boolean deliver(Reminder due, InboxMessage message, Reminder after);

    /** One page of the owner's inbox, newest first. */
    InboxPage inbox(Owner owner, int limit, String cursor);

    /** Where the last sweep got to; empty before the first. */
    Optional<Instant> sweptUntil();

    /** Records that sweeping reached {@code until}; never moves the mark backwards. */
    void markSwept(Instant until);

    record InboxPage(List<InboxMessage> messages, String nextCursor) {}
}
