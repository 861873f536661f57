package dev.rapport.dynamodb.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value, immutable. Numbers are held normalised (as DynamoDB returns them:
 * no trailing zeros, plain notation), so equal numbers are equal records.
 */
public sealed interface Value {

    /** DynamoDB's type descriptor: S, N, B, BOOL, NULL, SS, NS, BS, L or M. */
    String type();

    record S(String value) implements Value {
        public String type() {
            return "S";
        }
    }

    record N(BigDecimal value) implements Value {
        public N {
            value = Numbers.normalise(value);
        }

        public String type() {
            return "N";
        }

        public String text() {
            return value.toPlainString();
        }
    }

    /** Binary; equality by content. */
    record B(byte[] value) implements Value {
        public B {
            value = value.clone();
        }

        public String type() {
            return "B";
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof B other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "B[" + value.length + " bytes]";
        }
    }

    record Bool(boolean value) implements Value {
        public String type() {
            return "BOOL";
        }
    }

    record Null() implements Value {
        public String type() {
            return "NULL";
        }
    }

    record SS(Set<String> values) implements Value {
        public SS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "SS";
        }
    }

    record NS(Set<BigDecimal> values) implements Value {
        public NS {
            LinkedHashSet<BigDecimal> normalised = new LinkedHashSet<>();
            values.forEach(v -> normalised.add(Numbers.normalise(v)));
            values = Collections.unmodifiableSet(normalised);
        }

        public String type() {
            return "NS";
        }
    }

    /** A binary set; members compared by content. */
    record BS(Set<B> values) implements Value {
        public BS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "BS";
        }
    }

    record L(List<Value> values) implements Value {
        public L {
            values = List.copyOf(values);
        }

        public String type() {
            return "L";
        }
    }

    record M(Map<String, Value> values) implements Value {
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public String type() {
            return "M";
        }
    }

    static S s(String value) {
        return new S(value);
    }

    static N n(String value) {
        return new N(new BigDecimal(value));
    }

    static N n(long value) {
        return new N(BigDecimal.valueOf(value));
    }
}
