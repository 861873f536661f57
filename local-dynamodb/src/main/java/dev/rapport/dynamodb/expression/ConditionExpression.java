package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;

/** A condition or filter expression, parsed once and tested against items. */
public final class ConditionExpression {

    public static ConditionExpression parse(String text, ExpressionContext context) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Tests an item; an absent item is an empty map. */
    public boolean test(Map<String, Value> item) {
        throw new UnsupportedOperationException("TODO");
    }
}
