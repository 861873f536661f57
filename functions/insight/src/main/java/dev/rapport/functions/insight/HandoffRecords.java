package dev.rapport.functions.insight;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.rapport.chat.Sentiment;
import dev.rapport.handoff.HandoffEvent;
import dev.rapport.handoff.HandoffReason;
import dev.rapport.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a new handoff out of a stream record. Only the insert counts: a handoff closed, expired
 * or erased is not a new one. The handoff's id is a hash of its partition key (customer, profile
 * and session), so it is stable across redeliveries and says nothing about whose it is.
 */
final class HandoffRecords {

    private HandoffRecords() {}

    static Optional<HandoffEvent> of(DynamodbEvent.DynamodbStreamRecord record) {
        if (!"INSERT".equals(record.getEventName()) || record.getDynamodb() == null
                || record.getDynamodb().getNewImage() == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = record.getDynamodb().getNewImage();
        if (!"HANDOFF".equals(text(item, "sk"))) {
            return Optional.empty();
        }
        return Optional.of(new HandoffEvent(id(text(item, "pk")), text(item, "sessionId"), text(item, "customer"),
                HandoffReason.fromWire(text(item, "reason")), Instant.parse(text(item, "createdAt")),
                List.of(Json.read(text(item, "summary"), String[].class)),
                List.of(Json.read(text(item, "sentimentTrend"), Sentiment[].class))));
    }

    static String id(String partitionKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(partitionKey.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.getS() == null ? "" : value.getS();
    }
}
