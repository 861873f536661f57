package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Numbers;
import dev.rapport.dynamodb.value.Value;
import java.util.LinkedHashSet;
import java.util.Set;

/** What ADD and DELETE compute from an attribute's current value and the operand. */
final class SetArithmetic {

    private SetArithmetic() {}

    /** ADD: a missing attribute counts as zero or the empty set; otherwise the types must match. */
    static Value add(Value current, Value operand) {
        if (current == null) {
            return operand;
        }
        return switch (current) {
            case Value.N n
            when operand instanceof Value.N m ->
                new Value.N(Numbers.checked(n.value().add(m.value())));
            case Value.SS s when operand instanceof Value.SS t -> new Value.SS(union(s.values(), t.values()));
            case Value.NS s when operand instanceof Value.NS t -> new Value.NS(union(s.values(), t.values()));
            case Value.BS s when operand instanceof Value.BS t -> new Value.BS(union(s.values(), t.values()));
            default -> throw Operand.incorrectType();
        };
    }

    /** DELETE: the set without the operand's members, or null when nothing is left (the attribute goes). */
    static Value delete(Value current, Value operand) {
        Value rest = switch (current) {
            case Value.SS s when operand instanceof Value.SS t -> new Value.SS(difference(s.values(), t.values()));
            case Value.NS s when operand instanceof Value.NS t -> new Value.NS(difference(s.values(), t.values()));
            case Value.BS s when operand instanceof Value.BS t -> new Value.BS(difference(s.values(), t.values()));
            default -> throw Operand.incorrectType();
        };
        return isEmpty(rest) ? null : rest;
    }

    private static boolean isEmpty(Value set) {
        return switch (set) {
            case Value.SS s -> s.values().isEmpty();
            case Value.NS s -> s.values().isEmpty();
            case Value.BS s -> s.values().isEmpty();
            default -> false;
        };
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.addAll(b);
        return result;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.removeAll(b);
        return result;
    }
}
