package dev.rapport.reminders;

import dev.rapport.identity.Owner;

/**
 * Somewhere a delivered message is also pushed (an SNS topic, e-mail …), after the inbox holds it.
 * Pushes are best effort and at most once: the inbox is the record.
 */
public interface Channel {

    Channel NONE = (owner, text) -> {};

    /** {@code text} is safe for a lock screen: no sensitive facts. */
    void push(Owner owner, String text);
}
