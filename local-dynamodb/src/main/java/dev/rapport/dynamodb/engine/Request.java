package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.expression.ConditionExpression;
import dev.rapport.dynamodb.expression.ExpressionContext;
import dev.rapport.dynamodb.expression.ProjectionExpression;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.ValueJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to one request body (or one part of it, such as a transaction's action). */
record Request(JsonNode body) {

    private static final List<String> LEGACY = List.of(
            "Expected",
            "AttributeUpdates",
            "KeyConditions",
            "QueryFilter",
            "ScanFilter",
            "AttributesToGet",
            "ConditionalOperator");

    Request {
        for (String legacy : LEGACY) {
            if (body.has(legacy)) {
                throw DynamoDbException.validation("This engine supports expressions only; the legacy parameter "
                        + legacy + " is not supported: use the matching expression");
            }
        }
    }

    String tableName() {
        return TableCodec.checkName(string("TableName"));
    }

    String string(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw DynamoDbException.serialization("Unexpected value type in payload: " + field + " must be a string");
        }
        return node.textValue();
    }

    String choice(String field, String fallback, List<String> allowed) {
        String value = string(field);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + value + "' at '"
                    + Character.toLowerCase(field.charAt(0)) + field.substring(1)
                    + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
        }
        return value;
    }

    boolean bool(String field, boolean fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw DynamoDbException.serialization("Unexpected value type in payload: " + field + " must be a boolean");
        }
        return node.booleanValue();
    }

    Integer integer(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt()) {
            throw DynamoDbException.serialization("Unexpected value type in payload: " + field + " must be an integer");
        }
        return node.intValue();
    }

    Map<String, Value> item(String field) {
        return ValueJson.item(body.get(field));
    }

    Map<String, Value> requiredItem(String field) {
        Map<String, Value> item = item(field);
        if (item == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at '"
                    + Character.toLowerCase(field.charAt(0)) + field.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return item;
    }

    ExpressionContext expressions() {
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode nameNode = body.path("ExpressionAttributeNames");
        nameNode.fields()
                .forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        Map<String, Value> values = ValueJson.item(body.get("ExpressionAttributeValues"));
        if (values != null && values.isEmpty() || nameNode.isObject() && names.isEmpty()) {
            throw DynamoDbException.validation(
                    "ExpressionAttribute" + (names.isEmpty() ? "Names" : "Values") + " must not be empty");
        }
        return new ExpressionContext(names, values == null ? Map.of() : values);
    }

    ConditionExpression condition(String field, ExpressionContext context) {
        String text = string(field);
        return text == null ? null : ConditionExpression.parse(text, context);
    }

    ProjectionExpression projection(ExpressionContext context) {
        String text = string("ProjectionExpression");
        return text == null ? null : ProjectionExpression.parse(text, context);
    }

    Request part(String field) {
        JsonNode node = body.get(field);
        return node == null || !node.isObject() ? null : new Request(node);
    }
}
