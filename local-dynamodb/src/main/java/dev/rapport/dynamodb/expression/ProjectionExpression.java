package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;
import java.util.Set;

/** A projection expression: the document paths a read returns. */
public final class ProjectionExpression {

    public static ProjectionExpression parse(String text, ExpressionContext context) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The item reduced to the projected paths (nested maps and list elements kept in their structure). */
    public Map<String, Value> apply(Map<String, Value> item) {
        throw new UnsupportedOperationException("TODO");
    }

    public Set<String> topLevelNames() {
        throw new UnsupportedOperationException("TODO");
    }
}
