package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;

/**
 * A parsed {@code KeyConditionExpression}: equality on one attribute (which the engine checks is the
 * partition key) and at most one condition on another (the sort key).
 */
public record KeyCondition(String hashName, Value hashValue, SortKeyCondition sortKey) {

    public static KeyCondition parse(String text, ExpressionContext context) {
        throw new UnsupportedOperationException("TODO");
    }
}
