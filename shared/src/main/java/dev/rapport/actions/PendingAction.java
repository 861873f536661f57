package dev.rapport.actions;

import dev.rapport.orders.OrderChange;
import java.time.Instant;
import java.util.Objects;

/**
 * A state-changing action the assistant proposed and the customer has not yet confirmed. It lives
 * in the session item, so proposing it costs no extra write and the next turn reads it for free.
 *
 * @param orderId the order an order change is about; null for an action on the customer's account
 * @param value the new address placeholder or delivery slot; null for a cancellation; for an account action, what
 *     its handler needs (memory ids, the settings to switch on)
 * @param summary what will happen, in the customer's language, as they were told
 */
public record PendingAction(String id, String type, String orderId, String value, String summary, Instant proposedAt) {

    public static final String PENDING = "pending_confirmation";

    public PendingAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }

    public OrderChange change() {
        return new OrderChange(OrderChange.Kind.ofType(type), orderId, value);
    }
}
