package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A secondary index: its key, what it projects, and whether it is local (same partition key, consistent reads). */
public record IndexDefinition(
        String name, KeySchema key, String projectionType, List<String> nonKeyAttributes, boolean local) {

    public IndexDefinition {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }

    /** The item as the index holds it: its keys and the table's keys, plus the projected attributes. */
    Map<String, Value> project(Map<String, Value> item, KeySchema tableKey) {
        if (projectionType.equals("ALL")) {
            return item;
        }
        Map<String, Value> projected = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (key.isKeyAttribute(name)
                    || tableKey.isKeyAttribute(name)
                    || (projectionType.equals("INCLUDE") && nonKeyAttributes.contains(name))) {
                projected.put(name, value);
            }
        });
        return projected;
    }
}
