package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;
import java.util.Set;

/** A condition or filter expression, parsed once and tested against items. */
public final class ConditionExpression {

    private final Condition condition;
    private final Set<String> topLevelNames;

    private ConditionExpression(Condition condition, Set<String> topLevelNames) {
        this.condition = condition;
        this.topLevelNames = topLevelNames;
    }

    public static ConditionExpression parse(String text, ExpressionContext context) {
        return parse(text, context, "ConditionExpression");
    }

    /** The same grammar as {@link #parse}; errors name a {@code FilterExpression}, as DynamoDB's do. */
    public static ConditionExpression parseFilter(String text, ExpressionContext context) {
        return parse(text, context, "FilterExpression");
    }

    private static ConditionExpression parse(String text, ExpressionContext context, String kind) {
        ConditionParser parser = new ConditionParser(text, kind, context);
        return new ConditionExpression(parser.parseAll(), parser.topLevelNames());
    }

    /** The top-level attributes the expression reads (a Query's filter may not read key attributes). */
    public Set<String> topLevelNames() {
        return topLevelNames;
    }

    /** Tests an item; an absent item is an empty map. */
    public boolean test(Map<String, Value> item) {
        return condition.test(item == null ? Map.of() : item);
    }
}
