package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Reduces a parsed condition to the narrow form a key condition allows: one or two conditions
 * joined by AND, each on a top-level attribute compared with values.
 */
final class KeyConditions {

    private static final String KIND = "KeyConditionExpression";

    private KeyConditions() {}

    static KeyCondition parse(String text, ExpressionContext context) {
        Condition condition = new ConditionParser(text, KIND, context).parseAll();
        List<Condition> parts = new ArrayList<>();
        flatten(condition, parts);
        if (parts.size() > 2) {
            throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
        }
        List<SortKeyCondition> conditions =
                parts.stream().map(KeyConditions::toKeyCondition).toList();
        SortKeyCondition first = conditions.get(0);
        if (conditions.size() == 1) {
            if (first.operator() != SortKeyCondition.Operator.EQ) {
                throw notSupported();
            }
            return new KeyCondition(first.name(), first.operands().get(0), null);
        }
        SortKeyCondition second = conditions.get(1);
        if (first.name().equals(second.name())) {
            throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
        }
        // With two equalities either may be the partition key; KeyCondition.withHashKey settles it.
        if (first.operator() == SortKeyCondition.Operator.EQ) {
            return new KeyCondition(first.name(), first.operands().get(0), second);
        }
        if (second.operator() == SortKeyCondition.Operator.EQ) {
            return new KeyCondition(second.name(), second.operands().get(0), first);
        }
        throw notSupported();
    }

    private static void flatten(Condition condition, List<Condition> parts) {
        switch (condition) {
            case Condition.And and -> {
                flatten(and.left(), parts);
                flatten(and.right(), parts);
            }
            case Condition.Or ignored -> throw invalidOperator("OR");
            case Condition.Not ignored -> throw invalidOperator("NOT");
            case Condition.In ignored -> throw invalidOperator("IN");
            case Condition.Exists exists ->
                throw invalidOperator(exists.expected() ? "attribute_exists" : "attribute_not_exists");
            case Condition.AttributeType ignored -> throw invalidOperator("attribute_type");
            case Condition.Contains ignored -> throw invalidOperator("contains");
            default -> parts.add(condition);
        }
    }

    private static SortKeyCondition toKeyCondition(Condition condition) {
        return switch (condition) {
            case Condition.Comparison c -> comparison(c);
            case Condition.Between b ->
                new SortKeyCondition(
                        keyName(b.operand()),
                        SortKeyCondition.Operator.BETWEEN,
                        List.of(constant(b.lower()), constant(b.upper())));
            case Condition.BeginsWith b ->
                new SortKeyCondition(
                        keyName(b.operand()), SortKeyCondition.Operator.BEGINS_WITH, List.of(constant(b.prefix())));
            default -> throw notSupported();
        };
    }

    /** Either side may name the key; {@code :v < sk} is read as {@code sk > :v}. */
    private static SortKeyCondition comparison(Condition.Comparison c) {
        boolean swapped = c.left() instanceof Operand.Constant;
        Operand key = swapped ? c.right() : c.left();
        Operand value = swapped ? c.left() : c.right();
        SortKeyCondition.Operator operator = switch (c.comparator()) {
            case EQ -> SortKeyCondition.Operator.EQ;
            case LT -> swapped ? SortKeyCondition.Operator.GT : SortKeyCondition.Operator.LT;
            case LE -> swapped ? SortKeyCondition.Operator.GE : SortKeyCondition.Operator.LE;
            case GT -> swapped ? SortKeyCondition.Operator.LT : SortKeyCondition.Operator.GT;
            case GE -> swapped ? SortKeyCondition.Operator.LE : SortKeyCondition.Operator.GE;
            case NE -> throw invalidOperator("<>");
        };
        return new SortKeyCondition(keyName(key), operator, List.of(constant(value)));
    }

    private static String keyName(Operand operand) {
        if (operand instanceof Operand.Size) {
            throw invalidOperator("size");
        }
        if (!(operand instanceof Operand.PathRef ref)) {
            throw notSupported();
        }
        if (!ref.path().isTopLevel()) {
            throw DynamoDbException.validation("KeyConditionExpressions cannot have conditions on nested attributes");
        }
        return ref.path().topLevelName();
    }

    private static Value constant(Operand operand) {
        if (operand instanceof Operand.Size) {
            throw invalidOperator("size");
        }
        if (!(operand instanceof Operand.Constant c)) {
            throw notSupported();
        }
        return c.value();
    }

    private static DynamoDbException invalidOperator(String operator) {
        return DynamoDbException.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    private static DynamoDbException notSupported() {
        return DynamoDbException.validation("Query key condition not supported");
    }
}
