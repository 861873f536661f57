package dev.rapport.functions.integrations;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.rapport.integrations.OrderChangeRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a confirmed change out of an orders-stream record: a newly inserted audit record
 * ({@code ACTION#<id>}) whose result is {@code done}. A refused action, an order's own insert or
 * update, and an expiry or erasure are none.
 */
final class OrderChangeRecords {

    private OrderChangeRecords() {}

    static Optional<OrderChangeRequest> of(DynamodbEvent.DynamodbStreamRecord record) {
        if (!"INSERT".equals(record.getEventName())
                || record.getDynamodb() == null
                || record.getDynamodb().getNewImage() == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = record.getDynamodb().getNewImage();
        if (!text(item, "sk").startsWith("ACTION#") || !"done".equals(text(item, "result"))) {
            return Optional.empty();
        }
        return Optional.of(new OrderChangeRequest(
                text(item, "actionId"),
                text(item, "customer"),
                text(item, "orderId"),
                text(item, "type"),
                text(item, "value").isEmpty() ? null : text(item, "value"),
                Instant.parse(text(item, "executedAt"))));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.getS() == null ? "" : value.getS();
    }
}
