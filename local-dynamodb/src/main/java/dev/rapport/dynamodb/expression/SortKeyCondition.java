package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.List;

/** The sort-key part of a key condition: {@code =, <, <=, >, >=, BETWEEN, begins_with}. */
public record SortKeyCondition(String name, Operator operator, List<Value> operands) {

    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    /** Whether a sort-key value satisfies the condition (DynamoDB's byte order for strings and binaries). */
    public boolean test(Value value) {
        throw new UnsupportedOperationException("TODO");
    }
}
