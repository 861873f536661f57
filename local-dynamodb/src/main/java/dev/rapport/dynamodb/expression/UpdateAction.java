package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;

/** One action of an update expression, on one document path. */
sealed interface UpdateAction {

    Path path();

    record Set(Path path, Operand value) implements UpdateAction {}

    record Remove(Path path) implements UpdateAction {}

    /** ADD: a number added to a number, or members added to a set. */
    record Add(Path path, Value value) implements UpdateAction {}

    /** DELETE: members taken out of a set. */
    record Delete(Path path, Value value) implements UpdateAction {}
}
