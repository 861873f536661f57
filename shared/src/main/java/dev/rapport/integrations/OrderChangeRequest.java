package dev.rapport.integrations;

import java.time.Instant;
import java.util.Objects;

/**
 * A change the customer confirmed, asked of the business's order system: the outbox record Rapport's
 * audit item already is, read from the orders table's stream.
 *
 * @param requestId the action's id; the business's {@code OrderUpdated} names it in {@code requestId}
 * @param customerRef the customer's pseudonymous hash, for correlation only (the order id is the business's own)
 * @param type {@code cancel_order}, {@code change_delivery_address} or {@code rebook_delivery}
 * @param value the new delivery slot, or the new address's placeholder; null for a cancellation
 */
public record OrderChangeRequest(
        String requestId, String customerRef, String orderId, String type, String value, Instant requestedAt) {

    public OrderChangeRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
    }
}
