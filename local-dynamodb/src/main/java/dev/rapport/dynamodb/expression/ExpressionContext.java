package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request, shared
 * by every expression in it, noting which placeholders the expressions used.
 */
public final class ExpressionContext {

    public ExpressionContext(Map<String, String> names, Map<String, Value> values) {
        throw new UnsupportedOperationException("TODO");
    }

    /** DynamoDB refuses a request whose placeholders are not all used by its expressions. */
    public void checkAllUsed() {
        throw new UnsupportedOperationException("TODO");
    }
}
