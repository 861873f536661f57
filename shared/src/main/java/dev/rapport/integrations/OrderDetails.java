package dev.rapport.integrations;

import static dev.rapport.integrations.BusinessEventReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderStatus;
import dev.rapport.privacy.PiiRedactor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The details of {@code OrderPlaced} and {@code OrderUpdated}. A delivery address is personal data
 * whatever its shape, so only a placeholder is kept; item names go through the redactor like any text.
 */
final class OrderDetails {

    /** What an order keeps instead of the address: the customer's own, without saying where it is. */
    static final String ADDRESS = "[ADDRESS_1]";

    static final int MAX_ITEMS = 100;
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    private final PiiRedactor redactor;

    OrderDetails(PiiRedactor redactor) {
        this.redactor = redactor;
    }

    BusinessEvent.OrderPlaced placed(BusinessEventReader.Envelope envelope) {
        JsonNode detail = envelope.detail();
        OrderStatus status = BusinessEventReader.status(detail);
        Order order = new Order(
                orderId(detail),
                status == null ? OrderStatus.PROCESSING : status,
                lines(detail.path("items")),
                address(detail),
                text(detail, "deliverySlot"),
                BusinessEventReader.instant(detail, "placedAt", "detail.placedAt"));
        return new BusinessEvent.OrderPlaced(envelope.id(), envelope.customerHash(), envelope.version(), order);
    }

    BusinessEvent.OrderUpdated updated(BusinessEventReader.Envelope envelope) {
        JsonNode detail = envelope.detail();
        String answers = text(detail, "requestId");
        if (answers != null && !BusinessEventReader.ORDER_ID.matcher(answers).matches()) {
            throw new RejectedEventException("detail.requestId must be the id of an OrderChangeRequested");
        }
        String result = text(detail, "result");
        if (answers != null && !"done".equals(result) && !"refused".equals(result)) {
            throw new RejectedEventException("an answer to a requestId needs detail.result: done or refused");
        }
        return new BusinessEvent.OrderUpdated(
                envelope.id(),
                envelope.customerHash(),
                envelope.version(),
                orderId(detail),
                BusinessEventReader.status(detail),
                text(detail, "deliverySlot"),
                address(detail),
                answers,
                "done".equals(result));
    }

    private static String orderId(JsonNode detail) {
        String id = text(detail, "orderId");
        if (id == null || !BusinessEventReader.ORDER_ID.matcher(id).matches()) {
            throw new RejectedEventException("detail.orderId is required: 1-64 of A-Z a-z 0-9 _ -");
        }
        return id;
    }

    private static String address(JsonNode detail) {
        return detail.hasNonNull("deliveryAddress") ? ADDRESS : null;
    }

    private List<Order.Line> lines(JsonNode items) {
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new RejectedEventException("detail.items must hold 1-" + MAX_ITEMS + " items");
        }
        List<Order.Line> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String sku = text(item, "sku");
            String name = text(item, "name");
            JsonNode quantity = item.path("quantity");
            BigDecimal price = price(item.path("price"));
            if (sku == null || name == null || !quantity.isIntegralNumber() || quantity.asInt() < 1 || price == null) {
                throw new RejectedEventException(
                        "each item needs sku, name, quantity (a whole number >= 1) and price (0-1000000)");
            }
            lines.add(new Order.Line(sku, redactor.redact(name).text(), quantity.asInt(), price));
        }
        return lines;
    }

    private static BigDecimal price(JsonNode price) {
        try {
            BigDecimal value = new BigDecimal(price.asText());
            return value.signum() < 0 || value.compareTo(MAX_PRICE) > 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
