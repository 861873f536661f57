package dev.rapport.integrations;

import dev.rapport.reminders.InboxMessage;
import java.util.Optional;

/**
 * Port: where business events land. Each method is one conditional write: applied whole when the event
 * is newer than what is stored, or not at all.
 */
public interface IntegrationStore {

    /** Writes the order unless a newer (or the same) version of it is stored. */
    Applied place(BusinessEvent.OrderPlaced event);

    Applied update(BusinessEvent.OrderUpdated event);

    /** The change this customer confirmed under {@code requestId}, as its audit record keeps it. */
    Optional<AskedChange> askedChange(String customerHash, String requestId);

    /**
     * Applies the business's answer to a change it was asked for, in one transaction: the order's update
     * (guarded by version, as {@link #update(BusinessEvent.OrderUpdated)}), the answer on the audit record
     * (only the first answer counts) and the customer's inbox notice.
     */
    Applied answer(BusinessEvent.OrderUpdated event, InboxMessage notice);

    /** Writes the given attributes onto the customer's campaign audience item. */
    Applied update(BusinessEvent.CustomerUpdated event);

    /** What a write did. */
    enum Applied {
        APPLIED,
        /** This event or a newer one was applied before: a redelivery or an event out of order. */
        STALE,
        /** An update of an order Rapport does not hold. */
        UNKNOWN_ORDER,
        /** An answer naming a change this customer never confirmed on that order. */
        UNKNOWN_REQUEST,
        /** The customer was erased moments ago (the erasure guard holds): nothing is written. */
        ERASED
    }

    /**
     * A confirmed change as audited: its type, order, what the customer was told and in which language.
     *
     * @param language {@code zh} or {@code en}
     */
    record AskedChange(String type, String orderId, String summary, String language) {}
}
