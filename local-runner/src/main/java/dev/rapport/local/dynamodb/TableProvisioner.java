package dev.rapport.local.dynamodb;

import dev.rapport.local.template.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Creates the template's tables in the local DynamoDB engine from their CloudFormation properties,
 * with TTL and streams as declared; tables that already exist (a data directory) are kept as they are.
 */
public final class TableProvisioner {

    private final DynamoDbClient client;

    public TableProvisioner(DynamoDbClient client) {
        this.client = client;
    }

    /** Returns true when the table was created, false when it already existed. */
    public boolean provision(TableDefinition table) {
        Map<String, Object> p = table.properties();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(table.tableName())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keySchema(p.get("KeySchema")))
                .attributeDefinitions(maps(p.get("AttributeDefinitions")).stream()
                        .map(a -> AttributeDefinition.builder()
                                .attributeName(string(a, "AttributeName"))
                                .attributeType(string(a, "AttributeType"))
                                .build())
                        .toList());
        List<Map<?, ?>> indexes = maps(p.get("GlobalSecondaryIndexes"));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(
                    indexes.stream().map(TableProvisioner::index).toList());
        }
        if (p.get("StreamSpecification") instanceof Map<?, ?> stream) {
            request.streamSpecification(s -> s.streamEnabled(true).streamViewType(string(stream, "StreamViewType")));
        }
        try {
            client.createTable(request.build());
        } catch (ResourceInUseException alreadyThere) {
            return false;
        }
        if (p.get("TimeToLiveSpecification") instanceof Map<?, ?> ttl && "true".equals(string(ttl, "Enabled"))) {
            client.updateTimeToLive(b -> b.tableName(table.tableName())
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName(string(ttl, "AttributeName"))));
        }
        return true;
    }

    private static GlobalSecondaryIndex index(Map<?, ?> index) {
        Map<?, ?> projection = index.get("Projection") instanceof Map<?, ?> m ? m : Map.of("ProjectionType", "ALL");
        return GlobalSecondaryIndex.builder()
                .indexName(string(index, "IndexName"))
                .keySchema(keySchema(index.get("KeySchema")))
                .projection(Projection.builder()
                        .projectionType(string(projection, "ProjectionType"))
                        .nonKeyAttributes(
                                projection.get("NonKeyAttributes") instanceof List<?> names
                                        ? names.stream().map(String::valueOf).toList()
                                        : null)
                        .build())
                .build();
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return maps(value).stream()
                .map(k -> KeySchemaElement.builder()
                        .attributeName(string(k, "AttributeName"))
                        .keyType(string(k, "KeyType"))
                        .build())
                .toList();
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(e -> maps.add((Map<?, ?>) e));
        }
        return maps;
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
