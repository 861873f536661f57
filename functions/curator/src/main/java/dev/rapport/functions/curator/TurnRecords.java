package dev.rapport.functions.curator;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.ConsentAnswer;
import dev.rapport.memory.TurnRecorded;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a new turn out of a stream record. Only inserts of turn items count; session updates and
 * deletions (TTL, erasure) are not turns. The owner comes from the item's key, which the chat
 * function derived from verified claims.
 */
final class TurnRecords {

    private static final Pattern PARTITION =
            Pattern.compile("C#([A-Za-z0-9_-]+)#P#([A-Za-z0-9_-]{1,64})#S#([A-Za-z0-9-]+)");

    private TurnRecords() {}

    static Optional<TurnRecorded> of(DynamodbEvent.DynamodbStreamRecord record) {
        if (!"INSERT".equals(record.getEventName())
                || record.getDynamodb() == null
                || record.getDynamodb().getNewImage() == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = record.getDynamodb().getNewImage();
        String sortKey = text(item, "sk");
        Matcher key = PARTITION.matcher(text(item, "pk"));
        if (sortKey == null || !sortKey.startsWith("TURN#") || !key.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TurnRecorded(
                new Owner(key.group(1), key.group(2)),
                key.group(3),
                Integer.parseInt(sortKey.substring("TURN#".length())),
                text(item, "turnId"),
                Instant.parse(text(item, "at")),
                text(item, "message"),
                consentAnswer(text(item, "consentAnswer"))));
    }

    /** The yes or no the chat function recorded on the turn; absent on most turns. */
    private static ConsentAnswer consentAnswer(String json) {
        return json.isEmpty() ? null : Json.read(json, ConsentAnswer.class);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.getS() == null ? "" : value.getS();
    }
}
