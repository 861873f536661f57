package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.Values;
import java.util.List;

/** The sort-key part of a key condition: {@code =, <, <=, >, >=, BETWEEN, begins_with}. */
public record SortKeyCondition(String name, Operator operator, List<Value> operands) {

    public enum Operator {
        EQ,
        LT,
        LE,
        GT,
        GE,
        BETWEEN,
        BEGINS_WITH
    }

    public SortKeyCondition {
        operands = List.copyOf(operands);
    }

    /** Whether a sort-key value satisfies the condition (DynamoDB's byte order for strings and binaries). */
    public boolean test(Value value) {
        if (value == null) {
            return false;
        }
        if (operator == Operator.BEGINS_WITH) {
            return Condition.beginsWith(value, operands.get(0));
        }
        Integer order = Values.compare(value, operands.get(0));
        if (order == null) {
            return false;
        }
        return switch (operator) {
            case EQ -> order == 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            default -> {
                Integer upper = Values.compare(value, operands.get(1));
                yield order >= 0 && upper != null && upper <= 0;
            }
        };
    }
}
