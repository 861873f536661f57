package dev.rapport.dynamodb.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.engine.Engine;
import dev.rapport.dynamodb.engine.Table;
import dev.rapport.dynamodb.engine.TableDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** DynamoDB Streams: ListStreams, DescribeStream, GetShardIterator, GetRecords. */
public final class StreamOperations {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);

    private final Engine engine;

    public StreamOperations(Engine engine) {
        this.engine = engine;
    }

    public ObjectNode listStreams(JsonNode body) {
        String only = body.path("TableName").asText(null);
        ObjectNode response = MAPPER.createObjectNode();
        ArrayNode streams = response.putArray("Streams");
        engine.tables().stream()
                .map(Table::definition)
                .filter(d -> d.streamLabel() != null && (only == null || only.equals(d.name())))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(d -> streams.addObject()
                        .put("StreamArn", d.streamArn())
                        .put("TableName", d.name())
                        .put("StreamLabel", d.streamLabel()));
        return response;
    }

    public ObjectNode describeStream(JsonNode body) {
        Table table = byArn(body.path("StreamArn").asText(null));
        TableDefinition definition = table.definition();
        ObjectNode response = MAPPER.createObjectNode();
        ObjectNode description = response.putObject("StreamDescription");
        description.put("StreamArn", definition.streamArn());
        description.put("StreamLabel", definition.streamLabel());
        description.put("StreamStatus", definition.streamEnabled() ? "ENABLED" : "DISABLED");
        description.put(
                "StreamViewType",
                definition.streamViewType() == null ? "NEW_AND_OLD_IMAGES" : definition.streamViewType());
        description.put("CreationRequestDateTime", definition.created().toEpochMilli() / 1000.0);
        description.put("TableName", definition.name());
        ArrayNode keys = description.putArray("KeySchema");
        keys.addObject().put("AttributeName", definition.key().hashName()).put("KeyType", "HASH");
        if (definition.key().hasRange()) {
            keys.addObject().put("AttributeName", definition.key().rangeName()).put("KeyType", "RANGE");
        }
        ObjectNode shard = description.putArray("Shards").addObject();
        shard.put("ShardId", StreamLog.SHARD_ID);
        shard.putObject("SequenceNumberRange")
                .put("StartingSequenceNumber", Sequences.text(table.stream().first()));
        return response;
    }

    public ObjectNode getShardIterator(JsonNode body) {
        Table table = byArn(body.path("StreamArn").asText(null));
        if (!StreamLog.SHARD_ID.equals(body.path("ShardId").asText())) {
            throw DynamoDbException.resourceNotFound("Requested resource not found: Shard does not exist");
        }
        StreamLog log = table.stream();
        String type = body.path("ShardIteratorType").asText();
        long position = switch (type) {
            case "TRIM_HORIZON" -> log.first();
            case "LATEST" -> log.next();
            case "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER" -> {
                long sequence = sequence(body.path("SequenceNumber").asText(null));
                if (sequence < log.first()) {
                    throw DynamoDbException.client(
                            "TrimmedDataAccessException",
                            "The operation attempted to read past the oldest stream record in a shard.");
                }
                yield type.startsWith("AT") ? sequence : sequence + 1;
            }
            default ->
                throw DynamoDbException.validation("1 validation error detected: Value '" + type
                        + "' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: "
                        + "[TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]");
        };
        ObjectNode response = MAPPER.createObjectNode();
        response.put("ShardIterator", iterator(table.definition(), position));
        return response;
    }

    public ObjectNode getRecords(JsonNode body) {
        String[] parts = decode(body.path("ShardIterator").asText(null));
        Table table = engine.table(parts[0]);
        if (!parts[1].equals(table.definition().streamLabel())) {
            throw DynamoDbException.resourceNotFound("Requested resource not found: Stream not found");
        }
        long issued = Long.parseLong(parts[3]);
        if (engine.clock().millis() - issued > ITERATOR_LIFETIME.toMillis()) {
            throw DynamoDbException.client("ExpiredIteratorException", "Iterator expired");
        }
        int limit = body.path("Limit").asInt(1000);
        if (limit < 1 || limit > 1000) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000");
        }
        StreamLog log = table.stream();
        long position = Long.parseLong(parts[2]);
        if (position < log.first()) {
            throw DynamoDbException.client(
                    "TrimmedDataAccessException",
                    "The operation attempted to read past the oldest stream record in a shard.");
        }
        List<ObjectNode> records = log.read(position, limit);
        long next = records.isEmpty()
                ? position
                : Long.parseLong(records.getLast()
                                .path("dynamodb")
                                .path("SequenceNumber")
                                .asText())
                        + 1;
        ObjectNode response = MAPPER.createObjectNode();
        records.forEach(response.putArray("Records")::add);
        response.put("NextShardIterator", iterator(table.definition(), next));
        return response;
    }

    private Table byArn(String arn) {
        int marker = arn == null ? -1 : arn.indexOf(":table/");
        int stream = arn == null ? -1 : arn.indexOf("/stream/");
        if (marker < 0 || stream < marker) {
            throw DynamoDbException.validation("Invalid StreamArn: " + arn);
        }
        Table table = engine.table(arn.substring(marker + ":table/".length(), stream));
        if (!arn.substring(stream + "/stream/".length())
                .equals(table.definition().streamLabel())) {
            throw DynamoDbException.resourceNotFound("Requested resource not found: Stream: " + arn + " not found");
        }
        return table;
    }

    private String iterator(TableDefinition table, long position) {
        String text = table.name()
                + '\u0000'
                + table.streamLabel()
                + '\u0000'
                + position
                + '\u0000'
                + engine.clock().millis();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String iterator) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8).split("\u0000");
            if (parts.length == 4) {
                return parts;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // falls through to the validation error below
        }
        throw DynamoDbException.validation("Invalid ShardIterator");
    }

    private static long sequence(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw DynamoDbException.validation("Invalid SequenceNumber: " + text);
        }
    }
}
