package dev.rapport.tools;

import dev.rapport.orders.Order;
import dev.rapport.privacy.PiiRedactor;
import java.util.List;

/**
 * An order as the model and the customer see it: a real address (one set through the session vault)
 * is shown as a placeholder, so the model never reads it.
 */
record OrderView(
        boolean found,
        String orderId,
        String status,
        List<Order.Line> items,
        String deliveryAddress,
        String deliverySlot,
        String placedAt) {

    private static final PiiRedactor REDACTOR = new PiiRedactor();

    static OrderView of(Order order) {
        return new OrderView(
                true,
                order.orderId(),
                order.status().wire(),
                order.items(),
                order.deliveryAddress() == null ? null : REDACTOR.apply(order.deliveryAddress()),
                order.deliverySlot(),
                order.placedAt().toString());
    }

    /** The same answer for an order that does not exist and one that is someone else's: nothing leaks. */
    static OrderView notFound(String orderId) {
        return new OrderView(false, orderId, null, null, null, null, null);
    }
}
