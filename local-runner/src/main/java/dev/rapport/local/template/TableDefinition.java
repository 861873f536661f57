package dev.rapport.local.template;

import java.util.Map;

/** An {@code AWS::DynamoDB::Table} with its properties resolved to plain values. */
public record TableDefinition(String logicalId, String tableName, Map<String, Object> properties) {

    public TableDefinition {
        properties = Map.copyOf(properties);
    }

    public boolean hasStream() {
        return properties.containsKey("StreamSpecification");
    }
}
