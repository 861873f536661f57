package dev.rapport.integrations;

/**
 * Port: where business events land. Each method is one conditional write: applied whole when the event
 * is newer than what is stored, or not at all.
 */
public interface IntegrationStore {

    /** Writes the order unless a newer (or the same) version of it is stored. */
    Applied place(BusinessEvent.OrderPlaced event);

    Applied update(BusinessEvent.OrderUpdated event);

    /** Writes the given attributes onto the customer's campaign audience item. */
    Applied update(BusinessEvent.CustomerUpdated event);

    /** What a write did. */
    enum Applied {
        APPLIED,
        /** This event or a newer one was applied before: a redelivery or an event out of order. */
        STALE,
        /** An update of an order Rapport does not hold. */
        UNKNOWN_ORDER
    }
}
