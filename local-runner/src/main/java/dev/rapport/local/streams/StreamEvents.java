package dev.rapport.local.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/** DynamoDB stream records as the Lambda event an event source mapping delivers ({@code {"Records":[…]}}). */
final class StreamEvents {

    private StreamEvents() {}

    static String batch(List<Record> records, String streamArn) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(record -> array.add(record(record, streamArn)));
        return event.toString();
    }

    private static ObjectNode record(Record record, String streamArn) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("eventID", record.eventID());
        node.put("eventName", record.eventNameAsString());
        node.put("eventVersion", record.eventVersion());
        node.put("eventSource", "aws:dynamodb");
        node.put("awsRegion", record.awsRegion());
        StreamRecord change = record.dynamodb();
        ObjectNode dynamodb = node.putObject("dynamodb");
        if (change.approximateCreationDateTime() != null) {
            dynamodb.put(
                    "ApproximateCreationDateTime",
                    change.approximateCreationDateTime().getEpochSecond());
        }
        dynamodb.set("Keys", image(change.keys()));
        if (change.hasNewImage()) {
            dynamodb.set("NewImage", image(change.newImage()));
        }
        if (change.hasOldImage()) {
            dynamodb.set("OldImage", image(change.oldImage()));
        }
        dynamodb.put("SequenceNumber", change.sequenceNumber());
        dynamodb.put("SizeBytes", change.sizeBytes());
        dynamodb.put("StreamViewType", change.streamViewTypeAsString());
        node.put("eventSourceARN", streamArn);
        if (record.userIdentity() != null) {
            // Set on the records of deletions DynamoDB made itself (TTL): type Service, principal
            // dynamodb.amazonaws.com.
            ObjectNode identity = node.putObject("userIdentity");
            identity.put("type", record.userIdentity().type());
            identity.put("principalId", record.userIdentity().principalId());
        }
        return node;
    }

    private static ObjectNode image(Map<String, AttributeValue> item) {
        ObjectNode image = Json.MAPPER.createObjectNode();
        item.forEach((name, value) -> image.set(name, attribute(value)));
        return image;
    }

    /** The DynamoDB JSON of one attribute value: {@code {"S": "…"}}, {@code {"N": "1"}}, {@code {"M": {…}}} … */
    static JsonNode attribute(AttributeValue value) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", base64(value.b()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> value.bs().forEach(b -> node.withArray("BS").add(base64(b)));
            case M -> node.set("M", image(value.m()));
            case L -> value.l().forEach(element -> node.withArray("L").add(attribute(element)));
            default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
        }
        return node;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
