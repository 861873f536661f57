package dev.rapport.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer's order. The delivery address is a placeholder such as {@code [ADDRESS_1]} or a vault
 * reference, never the address itself: nothing here may hold raw personal data.
 *
 * @param deliverySlot a local date and window such as {@code 2026-12-03 09:00-12:00}
 */
public record Order(
        String orderId,
        OrderStatus status,
        List<Line> items,
        String deliveryAddress,
        String deliverySlot,
        Instant placedAt) {

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        items = List.copyOf(items);
    }

    /** One product of the order at the price paid. */
    public record Line(String sku, String name, int quantity, BigDecimal price) {}

    public Order withStatus(OrderStatus next) {
        return new Order(orderId, next, items, deliveryAddress, deliverySlot, placedAt);
    }
}
