package dev.rapport.tools;

import dev.rapport.orders.Order;
import java.util.List;

/** An order as the model and the customer see it: the address stays the placeholder it is stored as. */
record OrderView(boolean found, String orderId, String status, List<Order.Line> items, String deliveryAddress,
                 String deliverySlot, String placedAt) {

    static OrderView of(Order order) {
        return new OrderView(true, order.orderId(), order.status().wire(), order.items(), order.deliveryAddress(),
                order.deliverySlot(), order.placedAt().toString());
    }

    /** The same answer for an order that does not exist and one that is someone else's: nothing leaks. */
    static OrderView notFound(String orderId) {
        return new OrderView(false, orderId, null, null, null, null, null);
    }
}
