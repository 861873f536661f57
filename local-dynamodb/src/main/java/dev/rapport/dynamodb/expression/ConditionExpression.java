package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;

/** A condition or filter expression, parsed once and tested against items. */
public final class ConditionExpression {

    private final Condition condition;

    private ConditionExpression(Condition condition) {
        this.condition = condition;
    }

    public static ConditionExpression parse(String text, ExpressionContext context) {
        return parse(text, context, "ConditionExpression");
    }

    /** The same grammar as {@link #parse}; errors name a {@code FilterExpression}, as DynamoDB's do. */
    public static ConditionExpression parseFilter(String text, ExpressionContext context) {
        return parse(text, context, "FilterExpression");
    }

    private static ConditionExpression parse(String text, ExpressionContext context, String kind) {
        return new ConditionExpression(new ConditionParser(text, kind, context).parseAll());
    }

    /** Tests an item; an absent item is an empty map. */
    public boolean test(Map<String, Value> item) {
        return condition.test(item == null ? Map.of() : item);
    }
}
