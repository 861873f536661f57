package dev.rapport.functions.insight;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.rapport.handoff.HandoffClosure;
import dev.rapport.handoff.HandoffEvent;
import dev.rapport.handoff.HandoffId;
import dev.rapport.handoff.HandoffReason;
import dev.rapport.json.Json;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a handoff's news out of a stream record: a new open handoff (its fixed key inserted) is
 * requested, a closed one (inserted under its closed key when the open one is closed) is closed.
 * An expiry or erasure is neither. The id is the queue's, so the contact center, the admins' queue
 * and a redelivered record all name the handoff the same way.
 */
final class HandoffRecords {

    private HandoffRecords() {}

    static Optional<HandoffEvent> of(DynamodbEvent.DynamodbStreamRecord record) {
        if (!"INSERT".equals(record.getEventName())
                || record.getDynamodb() == null
                || record.getDynamodb().getNewImage() == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = record.getDynamodb().getNewImage();
        String sk = text(item, "sk");
        boolean closed = sk.startsWith("HANDOFF#") && !text(item, "closedAt").isEmpty();
        if (!"HANDOFF".equals(sk) && !closed) {
            return Optional.empty();
        }
        Instant createdAt = Instant.parse(text(item, "createdAt"));
        HandoffClosure closure = closed
                ? new HandoffClosure(
                        Instant.parse(text(item, "closedAt")),
                        text(item, "closedBy"),
                        text(item, "resolution").isEmpty() ? null : text(item, "resolution"))
                : null;
        return Optional.of(new HandoffEvent(
                HandoffId.of(text(item, "pk"), createdAt),
                text(item, "sessionId"),
                text(item, "customer"),
                HandoffReason.fromWire(text(item, "reason")),
                createdAt,
                List.of(Json.read(text(item, "summary"), String[].class)),
                List.of(Json.read(text(item, "sentimentTrend"), Sentiment[].class)),
                text(item, "emotionTrend").isEmpty()
                        ? List.of()
                        : List.of(Json.read(text(item, "emotionTrend"), Emotion[].class)),
                closure));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.getS() == null ? "" : value.getS();
    }
}
