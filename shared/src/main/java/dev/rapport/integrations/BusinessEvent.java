package dev.rapport.integrations;

import dev.rapport.orders.Order;
import dev.rapport.orders.OrderStatus;
import java.util.List;

/**
 * One event from the business, read and checked, keyed by the customer's hash (never the raw id) and
 * already free of personal data. {@code version} orders events about the same order or customer: an
 * event older than what is stored changes nothing.
 */
public sealed interface BusinessEvent {

    String eventId();

    String customerHash();

    long version();

    /** A new order, or the order system's full current state of one. */
    record OrderPlaced(String eventId, String customerHash, long version, Order order) implements BusinessEvent {}

    /**
     * Some fields of a known order changed; null fields are unchanged. {@code answersAction} names the
     * {@code OrderChangeRequested} this update answers, when it does, and {@code done} says whether the
     * business did the change (false: it refused).
     */
    record OrderUpdated(
            String eventId,
            String customerHash,
            long version,
            String orderId,
            OrderStatus status,
            String deliverySlot,
            String deliveryAddress,
            String answersAction,
            boolean done)
            implements BusinessEvent {}

    /** The CRM's marketing attributes of a customer; null fields are unchanged. */
    record CustomerUpdated(
            String eventId,
            String customerHash,
            long version,
            String region,
            String locale,
            List<String> segments,
            Integer birthMonth,
            Integer birthDay,
            Boolean marketingConsent)
            implements BusinessEvent {}
}
