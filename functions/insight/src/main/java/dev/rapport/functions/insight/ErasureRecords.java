package dev.rapport.functions.insight;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.rapport.storage.dynamodb.DynamoDbErasureNotices;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an erasure notice out of a stream record: written (or rewritten, by a repeated erasure) under
 * {@code C#<hash>} / {@code ERASURE} when an erasure asked for in chat completed. Its expiry is not one.
 */
final class ErasureRecords {

    /** Whose data was erased, and when. */
    record Notice(String customerHash, Instant erasedAt) {}

    private ErasureRecords() {}

    static Optional<Notice> of(DynamodbEvent.DynamodbStreamRecord record) {
        boolean written = "INSERT".equals(record.getEventName()) || "MODIFY".equals(record.getEventName());
        if (!written || record.getDynamodb() == null || record.getDynamodb().getNewImage() == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = record.getDynamodb().getNewImage();
        String pk = text(item, "pk");
        String erasedAt = text(item, "erasedAt");
        if (!DynamoDbErasureNotices.SORT_KEY.equals(text(item, "sk"))
                || !pk.startsWith("C#")
                || pk.contains("#P#")
                || erasedAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Notice(pk.substring("C#".length()), Instant.parse(erasedAt)));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.getS() == null ? "" : value.getS();
    }
}
