package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;
import java.util.Set;

/** An update expression (SET, REMOVE, ADD, DELETE clauses), parsed once and applied to items. */
public final class UpdateExpression {

    public static UpdateExpression parse(String text, ExpressionContext context) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The new item; the given one (an empty map when absent) is not changed. */
    public Map<String, Value> apply(Map<String, Value> item) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The top-level attribute names this update writes or removes (key attributes may not be among them). */
    public Set<String> topLevelNames() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The paths this update touches, as a projection, for {@code ReturnValues=UPDATED_OLD|UPDATED_NEW}. */
    public ProjectionExpression updatedPaths() {
        throw new UnsupportedOperationException("TODO");
    }
}
