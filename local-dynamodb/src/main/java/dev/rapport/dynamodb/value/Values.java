package dev.rapport.dynamodb.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Ordering and sizes as DynamoDB defines them. */
public final class Values {

    private Values() {}

    /**
     * Compares two scalar values of the same type as DynamoDB orders sort keys: strings by their
     * UTF-8 bytes, numbers by value, binaries as unsigned bytes. Returns null when the types differ or
     * are not comparable.
     */
    public static Integer compare(Value a, Value b) {
        if (a instanceof Value.S x && b instanceof Value.S y) {
            return Arrays.compareUnsigned(
                    x.value().getBytes(StandardCharsets.UTF_8), y.value().getBytes(StandardCharsets.UTF_8));
        }
        if (a instanceof Value.N x && b instanceof Value.N y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof Value.B x && b instanceof Value.B y) {
            return Arrays.compareUnsigned(x.value(), y.value());
        }
        return null;
    }

    /** An item's size as DynamoDB counts it: attribute names plus values, in bytes. */
    public static long size(Map<String, Value> item) {
        long size = 0;
        for (Map.Entry<String, Value> e : item.entrySet()) {
            size += utf8(e.getKey()) + size(e.getValue());
        }
        return size;
    }

    public static long size(Value value) {
        return switch (value) {
            case Value.S s -> utf8(s.value());
            case Value.N n -> 1 + (n.value().precision() + 1) / 2;
            case Value.B b -> b.value().length;
            case Value.Bool ignored -> 1;
            case Value.Null ignored -> 1;
            case Value.SS ss -> ss.values().stream().mapToLong(Values::utf8).sum();
            case Value.NS ns ->
                ns.values().stream().mapToLong(n -> 1 + (n.precision() + 1) / 2).sum();
            case Value.BS bs ->
                bs.values().stream().mapToLong(b -> b.value().length).sum();
            case Value.L l ->
                3 + l.values().stream().mapToLong(v -> 1 + size(v)).sum();
            case Value.M m ->
                3
                        + m.values().entrySet().stream()
                                .mapToLong(e -> 1 + utf8(e.getKey()) + size(e.getValue()))
                                .sum();
        };
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
