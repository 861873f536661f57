package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import java.util.List;

/**
 * CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTable (streams only) and TTL. Tables are ACTIVE at once.
 */
final class TableOperations {

    private final Engine engine;

    TableOperations(Engine engine) {
        this.engine = engine;
    }

    ObjectNode createTable(JsonNode body) {
        TableDefinition definition =
                TableCodec.fromCreateRequest(body, engine.clock().instant());
        Table table = engine.write(() -> engine.create(definition));
        return description("TableDescription", table, "ACTIVE");
    }

    ObjectNode describeTable(JsonNode body) {
        Table table = engine.table(new Request(body).tableName());
        return description("Table", table, "ACTIVE");
    }

    ObjectNode deleteTable(JsonNode body) {
        Table table = engine.table(new Request(body).tableName());
        engine.write(() -> {
            engine.drop(table);
            return null;
        });
        return description("TableDescription", table, "DELETING");
    }

    ObjectNode listTables(JsonNode body) {
        Request request = new Request(body);
        Integer limit = request.integer("Limit");
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + max
                    + "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
        }
        String after = request.string("ExclusiveStartTableName");
        List<String> names = engine.tables().stream()
                .map(t -> t.definition().name())
                .filter(n -> after == null || n.compareTo(after) > 0)
                .sorted()
                .toList();
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        ArrayNode list = response.putArray("TableNames");
        names.stream().limit(max).forEach(list::add);
        if (names.size() > max) {
            response.put("LastEvaluatedTableName", names.get(max - 1));
        }
        return response;
    }

    /** Turns a table's stream on or off; other changes (capacity, indexes) are not supported. */
    ObjectNode updateTable(JsonNode body) {
        Request request = new Request(body);
        Table table = engine.table(request.tableName());
        if (body.has("GlobalSecondaryIndexUpdates") || body.has("ReplicaUpdates")) {
            throw DynamoDbException.validation(
                    "This engine's UpdateTable changes streams only; recreate the table to change its indexes");
        }
        JsonNode stream = body.path("StreamSpecification");
        if (stream.isObject()) {
            engine.write(() -> {
                TableDefinition current = table.definition();
                boolean enable = stream.path("StreamEnabled").asBoolean(false);
                if (enable && current.streamEnabled()) {
                    throw DynamoDbException.validation("Table already has an enabled stream: " + current.streamArn());
                }
                String viewType = enable ? stream.path("StreamViewType").asText("NEW_AND_OLD_IMAGES") : null;
                String label = enable ? TableCodec.streamLabel(engine.clock().instant()) : current.streamLabel();
                engine.redefine(table, current.withStream(viewType, label));
                return null;
            });
        }
        return description("TableDescription", table, "ACTIVE");
    }

    ObjectNode updateTimeToLive(JsonNode body) {
        Request request = new Request(body);
        Table table = engine.table(request.tableName());
        JsonNode specification = body.path("TimeToLiveSpecification");
        String attribute = specification.path("AttributeName").asText(null);
        if (attribute == null
                || attribute.isEmpty()
                || !specification.path("Enabled").isBoolean()) {
            throw DynamoDbException.validation("TimeToLiveSpecification needs an AttributeName and Enabled");
        }
        boolean enable = specification.path("Enabled").booleanValue();
        engine.write(() -> {
            String current = table.definition().ttlAttribute();
            if (enable && current != null) {
                throw DynamoDbException.validation("TimeToLive is already enabled");
            }
            if (!enable && current == null) {
                throw DynamoDbException.validation("TimeToLive is already disabled");
            }
            if (!enable && !current.equals(attribute)) {
                throw DynamoDbException.validation(
                        "TimeToLive is enabled on attribute " + current + ", not " + attribute);
            }
            engine.redefine(table, table.definition().withTtl(enable ? attribute : null));
            table.reindexExpiries();
            return null;
        });
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        response.putObject("TimeToLiveSpecification")
                .put("AttributeName", attribute)
                .put("Enabled", enable);
        return response;
    }

    ObjectNode describeTimeToLive(JsonNode body) {
        Table table = engine.table(new Request(body).tableName());
        String attribute = table.definition().ttlAttribute();
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        ObjectNode description = response.putObject("TimeToLiveDescription");
        description.put("TimeToLiveStatus", attribute == null ? "DISABLED" : "ENABLED");
        if (attribute != null) {
            description.put("AttributeName", attribute);
        }
        return response;
    }

    private static ObjectNode description(String field, Table table, String status) {
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        response.set(field, TableCodec.describe(table.definition(), table.itemCount(), status));
        return response;
    }
}
