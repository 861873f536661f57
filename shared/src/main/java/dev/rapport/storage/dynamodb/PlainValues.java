package dev.rapport.storage.dynamodb;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A DynamoDB item as plain JSON-ready values, for exports a person or a program can read. */
final class PlainValues {

    private PlainValues() {}

    static Map<String, Object> of(Map<String, AttributeValue> item) {
        Map<String, Object> plain = new TreeMap<>();
        item.forEach((name, value) -> plain.put(name, value(value)));
        return plain;
    }

    private static Object value(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> new BigDecimal(value.n());
            case BOOL -> value.bool();
            case NUL -> null;
            case B -> Base64.getEncoder().encodeToString(value.b().asByteArray());
            case SS -> List.copyOf(value.ss());
            case NS -> value.ns().stream().map(BigDecimal::new).toList();
            case BS ->
                value.bs().stream()
                        .map(b -> Base64.getEncoder().encodeToString(b.asByteArray()))
                        .toList();
            case L -> value.l().stream().map(PlainValues::value).toList();
            case M -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.m().forEach((k, v) -> map.put(k, value(v)));
                yield map;
            }
            default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
        };
    }
}
