package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.expression.ConditionExpression;
import dev.rapport.dynamodb.expression.ExpressionContext;
import dev.rapport.dynamodb.expression.UpdateExpression;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One write to one item, parsed and validated before anything is written: a put, an update, a
 * delete or (in a transaction) a condition check. {@link #next} computes the item after it.
 */
record WriteAction(
        String kind,
        Table table,
        Map<String, Value> key,
        String encodedKey,
        ConditionExpression condition,
        boolean returnOldOnFailure,
        UnaryOperator<Map<String, Value>> change,
        UpdateExpression update) {

    static final long MAX_ITEM_BYTES = 400 * 1024;

    static WriteAction put(Engine engine, Request request) {
        Table table = engine.table(request.tableName());
        Map<String, Value> item = request.requiredItem("Item");
        KeySchema schema = table.definition().key();
        schema.checkItem(item);
        ExpressionContext context = request.expressions();
        ConditionExpression condition = request.condition("ConditionExpression", context);
        context.checkAllUsed();
        Map<String, Value> key = schema.keyOf(item);
        return new WriteAction(
                "Put", table, key, schema.encode(key), condition, returnOld(request), before -> item, null);
    }

    static WriteAction delete(Engine engine, Request request) {
        Table table = engine.table(request.tableName());
        Map<String, Value> key = table.definition().key().checkKey(request.requiredItem("Key"));
        ExpressionContext context = request.expressions();
        ConditionExpression condition = request.condition("ConditionExpression", context);
        context.checkAllUsed();
        return new WriteAction(
                "Delete",
                table,
                key,
                table.definition().key().encode(key),
                condition,
                returnOld(request),
                before -> null,
                null);
    }

    static WriteAction conditionCheck(Engine engine, Request request) {
        Table table = engine.table(request.tableName());
        Map<String, Value> key = table.definition().key().checkKey(request.requiredItem("Key"));
        ExpressionContext context = request.expressions();
        ConditionExpression condition = request.condition("ConditionExpression", context);
        if (condition == null) {
            throw DynamoDbException.validation("The ConditionExpression of a ConditionCheck must be given");
        }
        context.checkAllUsed();
        return new WriteAction(
                "ConditionCheck",
                table,
                key,
                table.definition().key().encode(key),
                condition,
                returnOld(request),
                UnaryOperator.identity(),
                null);
    }

    static WriteAction update(Engine engine, Request request) {
        Table table = engine.table(request.tableName());
        KeySchema schema = table.definition().key();
        Map<String, Value> key = schema.checkKey(request.requiredItem("Key"));
        ExpressionContext context = request.expressions();
        String text = request.string("UpdateExpression");
        UpdateExpression update = text == null ? null : UpdateExpression.parse(text, context);
        ConditionExpression condition = request.condition("ConditionExpression", context);
        context.checkAllUsed();
        if (update != null) {
            for (String name : update.topLevelNames()) {
                if (schema.isKeyAttribute(name)) {
                    throw DynamoDbException.validation(
                            "One or more parameter values were invalid: Cannot update attribute " + name
                                    + ". This attribute is part of the key");
                }
            }
        }
        UnaryOperator<Map<String, Value>> change = before -> {
            Map<String, Value> base = new LinkedHashMap<>(before == null ? key : before);
            return update == null ? base : update.apply(base);
        };
        return new WriteAction("Update", table, key, schema.encode(key), condition, returnOld(request), change, update);
    }

    private static boolean returnOld(Request request) {
        return "ALL_OLD"
                .equals(request.choice("ReturnValuesOnConditionCheckFailure", "NONE", List.of("NONE", "ALL_OLD")));
    }

    boolean passes(Map<String, Value> before) {
        return condition == null || condition.test(before == null ? Map.of() : before);
    }

    /** The item after this action, checked as DynamoDB checks a written item. */
    Map<String, Value> next(Map<String, Value> before) {
        Map<String, Value> after = change.apply(before);
        if (after != null && after != before) {
            if (Values.size(after) > MAX_ITEM_BYTES) {
                throw DynamoDbException.validation("Item size has exceeded the maximum allowed size");
            }
            for (IndexDefinition index : table.definition().indexes()) {
                index.key().checkIndexTypes(after, index.name());
            }
        }
        return after;
    }

    String itemId() {
        return Holds.id(table.definition().name(), encodedKey);
    }
}
