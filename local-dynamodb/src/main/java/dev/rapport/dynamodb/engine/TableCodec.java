package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A table definition from a CreateTable request, to DescribeTable's form, and to and from the catalog. */
final class TableCodec {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final Set<String> VIEW_TYPES = Set.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES");

    private TableCodec() {}

    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + name
                    + "' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression"
                    + " pattern: [a-zA-Z0-9_.-]+");
        }
        return name;
    }

    static TableDefinition fromCreateRequest(JsonNode request, Instant now) {
        String name = checkName(request.path("TableName").asText(null));
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode definition : request.path("AttributeDefinitions")) {
            String type = definition.path("AttributeType").asText();
            if (!Set.of("S", "N", "B").contains(type)) {
                throw DynamoDbException.validation("1 validation error detected: Value '" + type
                        + "' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [B, N, S]");
            }
            types.put(definition.path("AttributeName").asText(), type);
        }
        KeySchema key = keySchema(request.path("KeySchema"), types, "table");
        Set<String> used = new HashSet<>(List.of(key.hashName()));
        if (key.hasRange()) {
            used.add(key.rangeName());
        }
        List<IndexDefinition> indexes = new ArrayList<>();
        addIndexes(request.path("GlobalSecondaryIndexes"), false, types, used, indexes, key);
        addIndexes(request.path("LocalSecondaryIndexes"), true, types, used, indexes, key);
        if (!used.equals(types.keySet())) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Some AttributeDefinitions are "
                            + "not used. AttributeDefinitions: " + types.keySet() + ", keys used: " + used);
        }
        JsonNode stream = request.path("StreamSpecification");
        String viewType = null;
        if (stream.path("StreamEnabled").asBoolean(false)) {
            viewType = stream.path("StreamViewType").asText(null);
            if (viewType == null || !VIEW_TYPES.contains(viewType)) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: StreamViewType is required "
                                + "when StreamEnabled is true and must be one of " + VIEW_TYPES);
            }
        }
        String billing = request.path("BillingMode").asText("PROVISIONED");
        return new TableDefinition(
                name, key, types, indexes, billing, viewType, viewType == null ? null : streamLabel(now), null, now);
    }

    static String streamLabel(Instant now) {
        return now.toString().replace("Z", "");
    }

    private static void addIndexes(
            JsonNode nodes,
            boolean local,
            Map<String, String> types,
            Set<String> used,
            List<IndexDefinition> indexes,
            KeySchema tableKey) {
        for (JsonNode node : nodes) {
            String indexName = node.path("IndexName").asText();
            if (indexes.stream().anyMatch(i -> i.name().equals(indexName))) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: Duplicate index name: " + indexName);
            }
            KeySchema key = keySchema(node.path("KeySchema"), types, "index " + indexName);
            if (local && !key.hashName().equals(tableKey.hashName())) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: Index KeySchema does not "
                                + "have the same leading hash key as table KeySchema for index: " + indexName);
            }
            used.add(key.hashName());
            if (key.hasRange()) {
                used.add(key.rangeName());
            }
            JsonNode projection = node.path("Projection");
            String type = projection.path("ProjectionType").asText("ALL");
            List<String> nonKey = new ArrayList<>();
            projection.path("NonKeyAttributes").forEach(n -> nonKey.add(n.asText()));
            if (type.equals("INCLUDE") == nonKey.isEmpty()) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: NonKeyAttributes must be "
                                + "given exactly when ProjectionType is INCLUDE; index: " + indexName);
            }
            indexes.add(new IndexDefinition(indexName, key, type, nonKey, local));
        }
    }

    private static KeySchema keySchema(JsonNode elements, Map<String, String> types, String what) {
        String hash = null;
        String range = null;
        for (JsonNode element : elements) {
            String name = element.path("AttributeName").asText();
            if (!types.containsKey(name)) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: Some index key attributes "
                                + "are not defined in AttributeDefinitions. Keys: [" + name
                                + "], AttributeDefinitions: " + types.keySet());
            }
            switch (element.path("KeyType").asText()) {
                case "HASH" -> hash = hash == null ? name : fail("Too many hash keys in the key schema of " + what);
                case "RANGE" -> range = range == null ? name : fail("Too many range keys in the key schema of " + what);
                default -> fail("Invalid KeyType in the key schema of " + what);
            }
        }
        if (hash == null) {
            fail("No Hash Key specified in schema. All Dynamo DB tables must have exactly one hash key");
        }
        return new KeySchema(hash, types.get(hash), range, range == null ? null : types.get(range));
    }

    private static String fail(String message) {
        throw DynamoDbException.validation("One or more parameter values were invalid: " + message);
    }

    /** DescribeTable's {@code Table}. */
    static ObjectNode describe(TableDefinition table, long itemCount, String status) {
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("TableName", table.name());
        node.put("TableStatus", status);
        node.put("TableArn", table.arn());
        node.put(
                "TableId",
                java.util.UUID.nameUUIDFromBytes(table.arn().getBytes()).toString());
        node.put("CreationDateTime", table.created().toEpochMilli() / 1000.0);
        node.put("ItemCount", itemCount);
        node.put("TableSizeBytes", 0);
        ArrayNode definitions = node.putArray("AttributeDefinitions");
        table.attributeTypes()
                .forEach((name, type) ->
                        definitions.addObject().put("AttributeName", name).put("AttributeType", type));
        node.set("KeySchema", keySchema(table.key()));
        node.set("ProvisionedThroughput", throughput());
        node.putObject("BillingModeSummary").put("BillingMode", table.billingMode());
        ArrayNode global = ItemJson.MAPPER.createArrayNode();
        ArrayNode local = ItemJson.MAPPER.createArrayNode();
        for (IndexDefinition index : table.indexes()) {
            ObjectNode i = (index.local() ? local : global).addObject();
            i.put("IndexName", index.name());
            i.set("KeySchema", keySchema(index.key()));
            ObjectNode projection = i.putObject("Projection").put("ProjectionType", index.projectionType());
            if (!index.nonKeyAttributes().isEmpty()) {
                index.nonKeyAttributes().forEach(projection.putArray("NonKeyAttributes")::add);
            }
            if (!index.local()) {
                i.put("IndexStatus", "ACTIVE");
                i.set("ProvisionedThroughput", throughput());
            }
            i.put("IndexArn", table.arn() + "/index/" + index.name());
            i.put("IndexSizeBytes", 0);
            i.put("ItemCount", 0);
        }
        if (!global.isEmpty()) {
            node.set("GlobalSecondaryIndexes", global);
        }
        if (!local.isEmpty()) {
            node.set("LocalSecondaryIndexes", local);
        }
        if (table.streamEnabled()) {
            node.putObject("StreamSpecification")
                    .put("StreamEnabled", true)
                    .put("StreamViewType", table.streamViewType());
        }
        if (table.streamLabel() != null) {
            node.put("LatestStreamLabel", table.streamLabel());
            node.put("LatestStreamArn", table.streamArn());
        }
        return node;
    }

    static ArrayNode keySchema(KeySchema key) {
        ArrayNode schema = ItemJson.MAPPER.createArrayNode();
        schema.addObject().put("AttributeName", key.hashName()).put("KeyType", "HASH");
        if (key.hasRange()) {
            schema.addObject().put("AttributeName", key.rangeName()).put("KeyType", "RANGE");
        }
        return schema;
    }

    private static ObjectNode throughput() {
        return ItemJson.MAPPER
                .createObjectNode()
                .put("NumberOfDecreasesToday", 0)
                .put("ReadCapacityUnits", 0)
                .put("WriteCapacityUnits", 0);
    }

    /** The catalog's form: the describe form plus the TTL attribute. */
    static String toCatalog(TableDefinition table) {
        ObjectNode node = describe(table, 0, "ACTIVE");
        node.put("CreationMillis", table.created().toEpochMilli());
        if (table.ttlAttribute() != null) {
            node.put("TimeToLiveAttribute", table.ttlAttribute());
        }
        return node.toString();
    }

    static TableDefinition fromCatalog(String text) {
        try {
            ObjectNode node = (ObjectNode) ItemJson.MAPPER.readTree(text);
            Instant created = Instant.ofEpochMilli(node.path("CreationMillis").asLong());
            TableDefinition parsed = fromCreateRequest(node, created);
            return new TableDefinition(
                    parsed.name(),
                    parsed.key(),
                    parsed.attributeTypes(),
                    parsed.indexes(),
                    node.path("BillingModeSummary").path("BillingMode").asText("PROVISIONED"),
                    parsed.streamViewType(),
                    node.path("LatestStreamLabel").asText(null),
                    node.path("TimeToLiveAttribute").asText(null),
                    created);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the catalog holds an unreadable table", e);
        }
    }
}
