package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Numbers;
import dev.rapport.dynamodb.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Something that yields a value from an item. {@link #evaluate} returns null for "no value" (a missing
 * path); the update-only operands instead throw, as DynamoDB refuses an update that reads nothing.
 */
sealed interface Operand {

    Value evaluate(Map<String, Value> item);

    record PathRef(Path path) implements Operand {
        public Value evaluate(Map<String, Value> item) {
            return Documents.get(item, path);
        }
    }

    record Constant(Value value) implements Operand {
        public Value evaluate(Map<String, Value> item) {
            return value;
        }
    }

    /** {@code size(path)}: characters of a string, bytes of a binary, members of a set, list or map. */
    record Size(Path path) implements Operand {
        public Value evaluate(Map<String, Value> item) {
            Value value = Documents.get(item, path);
            if (value == null) {
                return null;
            }
            long size = switch (value) {
                case Value.S s -> s.value().codePointCount(0, s.value().length());
                case Value.B b -> b.value().length;
                case Value.SS ss -> ss.values().size();
                case Value.NS ns -> ns.values().size();
                case Value.BS bs -> bs.values().size();
                case Value.L l -> l.values().size();
                case Value.M m -> m.values().size();
                default -> -1;
            };
            return size < 0 ? null : Value.n(size);
        }
    }

    record IfNotExists(Path path, Operand fallback) implements Operand {
        public Value evaluate(Map<String, Value> item) {
            Value value = Documents.get(item, path);
            return value != null ? value : required(fallback, item);
        }
    }

    record ListAppend(Operand first, Operand second) implements Operand {
        public Value evaluate(Map<String, Value> item) {
            Value a = required(first, item);
            Value b = required(second, item);
            if (!(a instanceof Value.L x) || !(b instanceof Value.L y)) {
                throw incorrectType();
            }
            List<Value> joined = new ArrayList<>(x.values());
            joined.addAll(y.values());
            return new Value.L(joined);
        }
    }

    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {
        public Value evaluate(Map<String, Value> item) {
            Value a = required(left, item);
            Value b = required(right, item);
            if (!(a instanceof Value.N x) || !(b instanceof Value.N y)) {
                throw incorrectType();
            }
            BigDecimal result = plus ? x.value().add(y.value()) : x.value().subtract(y.value());
            return new Value.N(Numbers.checked(result));
        }
    }

    /** An update operand must yield a value; a missing path is an error, not "no value". */
    static Value required(Operand operand, Map<String, Value> item) {
        Value value = operand.evaluate(item);
        if (value == null) {
            throw Documents.missingAttribute();
        }
        return value;
    }

    static DynamoDbException incorrectType() {
        return DynamoDbException.validation("An operand in the update expression has an incorrect data type");
    }
}
