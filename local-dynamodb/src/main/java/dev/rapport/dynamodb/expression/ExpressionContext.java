package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request, shared
 * by every expression in it, noting which placeholders the expressions used.
 */
public final class ExpressionContext {

    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    public ExpressionContext(Map<String, String> names, Map<String, Value> values) {
        this.names = names == null ? Map.of() : Map.copyOf(names);
        this.values = values == null ? Map.of() : Map.copyOf(values);
        for (String key : this.names.keySet()) {
            if (!key.startsWith("#") || key.length() < 2) {
                throw DynamoDbException.validation(
                        "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        }
        for (String key : this.values.keySet()) {
            if (!key.startsWith(":") || key.length() < 2) {
                throw DynamoDbException.validation(
                        "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        }
    }

    /** An empty context, for requests without placeholders. */
    public static ExpressionContext empty() {
        return new ExpressionContext(Map.of(), Map.of());
    }

    /** DynamoDB refuses a request whose placeholders are not all used by its expressions. */
    public void checkAllUsed() {
        Set<String> unusedNames = new TreeSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoDbException.validation(
                    "Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                            + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new TreeSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbException.validation(
                    "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                            + String.join(", ", unusedValues) + "}");
        }
    }

    String name(String placeholder, String expressionKind) {
        String name = names.get(placeholder);
        if (name == null) {
            throw DynamoDbException.validation("Invalid " + expressionKind
                    + ": An expression attribute name used in the document path is not defined; attribute name: "
                    + placeholder);
        }
        usedNames.add(placeholder);
        return name;
    }

    Value value(String placeholder, String expressionKind) {
        Value value = values.get(placeholder);
        if (value == null) {
            throw DynamoDbException.validation("Invalid " + expressionKind
                    + ": An expression attribute value used in expression is not defined; attribute value: "
                    + placeholder);
        }
        usedValues.add(placeholder);
        return value;
    }
}
