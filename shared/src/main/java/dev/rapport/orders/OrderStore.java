package dev.rapport.orders;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders kept per customer: every read and write is keyed by the customer's hash, so another
 * customer's order id simply does not exist here.
 */
public interface OrderStore {

    Optional<Order> order(String customerHash, String orderId);

    /** The customer's orders, newest first, at most {@code limit}. */
    List<Order> orders(String customerHash, int limit);

    void put(String customerHash, Order order);

    /**
     * Applies a confirmed change and records its audit entry in one atomic write, at most once per
     * action id, and only while the order is in a state that allows it.
     */
    ActionResult execute(String customerHash, OrderChange change, AuditEntry audit);

    /** What happened to a change, for the customer and the audit trail. */
    enum ActionResult {
        DONE,
        ALREADY_DONE,
        NOT_ALLOWED,
        NOT_FOUND;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
