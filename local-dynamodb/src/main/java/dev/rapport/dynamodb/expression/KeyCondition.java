package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.List;

/**
 * A parsed {@code KeyConditionExpression}: equality on one attribute (which the engine checks is the
 * partition key) and at most one condition on another (the sort key).
 */
public record KeyCondition(String hashName, Value hashValue, SortKeyCondition sortKey) {

    public static KeyCondition parse(String text, ExpressionContext context) {
        return KeyConditions.parse(text, context);
    }

    /**
     * With two equalities ({@code sk = :a AND pk = :b}) the text does not say which is the partition
     * key; given the table's partition key name this returns the condition read that way round.
     */
    public KeyCondition withHashKey(String partitionKeyName) {
        if (!hashName.equals(partitionKeyName)
                && sortKey != null
                && sortKey.name().equals(partitionKeyName)
                && sortKey.operator() == SortKeyCondition.Operator.EQ) {
            return new KeyCondition(
                    sortKey.name(),
                    sortKey.operands().get(0),
                    new SortKeyCondition(hashName, SortKeyCondition.Operator.EQ, List.of(hashValue)));
        }
        return this;
    }
}
