package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A parsed condition (or filter) tree. */
sealed interface Condition {

    boolean test(Map<String, Value> item);

    enum Comparator {
        EQ("="),
        NE("<>"),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        /**
         * Equality holds between equal values of any type; ordering only between two strings, numbers
         * or binaries. A missing operand is unequal to everything, so only {@code <>} holds.
         */
        boolean holds(Value a, Value b) {
            if (this == EQ || this == NE) {
                boolean equal = a != null && b != null && a.equals(b);
                return (this == EQ) == equal;
            }
            Integer order = a == null || b == null ? null : Values.compare(a, b);
            if (order == null) {
                return false;
            }
            return switch (this) {
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                default -> order >= 0;
            };
        }
    }

    record Comparison(Comparator comparator, Operand left, Operand right) implements Condition {
        public boolean test(Map<String, Value> item) {
            return comparator.holds(left.evaluate(item), right.evaluate(item));
        }
    }

    record Between(Operand operand, Operand lower, Operand upper) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value v = operand.evaluate(item);
            return Comparator.GE.holds(v, lower.evaluate(item)) && Comparator.LE.holds(v, upper.evaluate(item));
        }
    }

    record In(Operand operand, List<Operand> candidates) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value v = operand.evaluate(item);
            return candidates.stream().anyMatch(c -> Comparator.EQ.holds(v, c.evaluate(item)));
        }
    }

    record And(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, Value> item) {
            return left.test(item) && right.test(item);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, Value> item) {
            return left.test(item) || right.test(item);
        }
    }

    record Not(Condition inner) implements Condition {
        public boolean test(Map<String, Value> item) {
            return !inner.test(item);
        }
    }

    record Exists(Path path, boolean expected) implements Condition {
        public boolean test(Map<String, Value> item) {
            return (Documents.get(item, path) != null) == expected;
        }
    }

    record AttributeType(Path path, String type) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value v = Documents.get(item, path);
            return v != null && v.type().equals(type);
        }
    }

    record BeginsWith(Operand operand, Operand prefix) implements Condition {
        public boolean test(Map<String, Value> item) {
            return beginsWith(operand.evaluate(item), prefix.evaluate(item));
        }
    }

    record Contains(Operand operand, Operand member) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value container = operand.evaluate(item);
            Value m = member.evaluate(item);
            if (container == null || m == null) {
                return false;
            }
            return switch (container) {
                case Value.S s -> m instanceof Value.S x && s.value().contains(x.value());
                case Value.SS ss -> m instanceof Value.S x && ss.values().contains(x.value());
                case Value.NS ns -> m instanceof Value.N x && ns.values().contains(x.value());
                case Value.BS bs -> m instanceof Value.B x && bs.values().contains(x);
                case Value.L l -> l.values().contains(m);
                default -> false;
            };
        }
    }

    static boolean beginsWith(Value value, Value prefix) {
        if (value instanceof Value.S s && prefix instanceof Value.S p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof Value.B b && prefix instanceof Value.B p) {
            byte[] bytes = b.value();
            byte[] start = p.value();
            return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
        }
        return false;
    }
}
