package dev.rapport.dynamodb.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What CreateTable declared, plus what the engine added: creation time, the stream's label and the
 * TTL attribute. Immutable; a change (TTL, stream) makes a new definition.
 */
public record TableDefinition(
        String name,
        KeySchema key,
        Map<String, String> attributeTypes,
        List<IndexDefinition> indexes,
        String billingMode,
        String streamViewType,
        String streamLabel,
        String ttlAttribute,
        Instant created) {

    public TableDefinition {
        attributeTypes = Map.copyOf(attributeTypes);
        indexes = List.copyOf(indexes);
    }

    public IndexDefinition index(String indexName) {
        return indexes.stream()
                .filter(i -> i.name().equals(indexName))
                .findFirst()
                .orElse(null);
    }

    public boolean streamEnabled() {
        return streamViewType != null;
    }

    public String arn() {
        return "arn:aws:dynamodb:" + Arns.REGION + ":" + Arns.ACCOUNT + ":table/" + name;
    }

    public String streamArn() {
        return streamLabel == null ? null : arn() + "/stream/" + streamLabel;
    }

    public TableDefinition withTtl(String attribute) {
        return new TableDefinition(
                name, key, attributeTypes, indexes, billingMode, streamViewType, streamLabel, attribute, created);
    }

    public TableDefinition withStream(String viewType, String label) {
        return new TableDefinition(
                name, key, attributeTypes, indexes, billingMode, viewType, label, ttlAttribute, created);
    }
}
