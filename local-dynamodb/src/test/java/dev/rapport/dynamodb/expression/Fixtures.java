package dev.rapport.dynamodb.expression;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Short builders for values, items and contexts, and an assertion for DynamoDB validation errors. */
final class Fixtures {

    private Fixtures() {}

    static Value.S s(String value) {
        return new Value.S(value);
    }

    static Value.N n(String value) {
        return new Value.N(new BigDecimal(value));
    }

    static Value.N n(long value) {
        return Value.n(value);
    }

    static Value.B b(int... bytes) {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        return new Value.B(raw);
    }

    static Value.L l(Value... values) {
        return new Value.L(List.of(values));
    }

    static Value.M m(Object... pairs) {
        return new Value.M(item(pairs));
    }

    static Value.SS ss(String... members) {
        return new Value.SS(new LinkedHashSet<>(Arrays.asList(members)));
    }

    static Value.NS ns(long... members) {
        Set<BigDecimal> set = new LinkedHashSet<>();
        for (long m : members) {
            set.add(BigDecimal.valueOf(m));
        }
        return new Value.NS(set);
    }

    static Value.BS bs(Value.B... members) {
        return new Value.BS(new LinkedHashSet<>(Arrays.asList(members)));
    }

    /** An item from name/value pairs. */
    static Map<String, Value> item(Object... pairs) {
        Map<String, Value> item = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], (Value) pairs[i + 1]);
        }
        return item;
    }

    /** A context from placeholder/value pairs: "#x" keys take a String, ":x" keys a Value. */
    static ExpressionContext ctx(Object... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Value> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String key = (String) pairs[i];
            if (key.startsWith("#")) {
                names.put(key, (String) pairs[i + 1]);
            } else {
                values.put(key, (Value) pairs[i + 1]);
            }
        }
        return new ExpressionContext(names, values);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertValidation(ThrowingCallable call) {
        return assertThatThrownBy(call)
                .isInstanceOf(DynamoDbException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((DynamoDbException) e).shortType())
                        .isEqualTo("ValidationException"));
    }
}
