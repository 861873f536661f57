package dev.rapport.dynamodb.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DynamoDB's JSON wire form of values and items ({@code {"S":"x"}}, {@code {"M":{...}}}), both ways. */
public final class ValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {}

    public static Map<String, Value> item(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw DynamoDbException.serialization("Unexpected value type in payload: an item must be an object");
        }
        Map<String, Value> item = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            item.put(field.getKey(), value(field.getValue()));
        }
        return item;
    }

    public static Value value(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw DynamoDbException.serialization(
                    "Unexpected value type in payload: an attribute value must be an object");
        }
        if (node.size() != 1) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
                            + " supported datatypes");
        }
        Map.Entry<String, JsonNode> only = node.fields().next();
        JsonNode v = only.getValue();
        return switch (only.getKey()) {
            case "S" -> new Value.S(text(v));
            case "N" -> new Value.N(Numbers.parse(text(v)));
            case "B" -> binary(v);
            case "BOOL" -> {
                if (!v.isBoolean()) {
                    throw DynamoDbException.serialization("BOOL must be a boolean");
                }
                yield new Value.Bool(v.booleanValue());
            }
            case "NULL" -> {
                if (!v.isBoolean() || !v.booleanValue()) {
                    throw DynamoDbException.validation(
                            "One or more parameter values were invalid: Null attribute value types must have the value"
                                    + " of true");
                }
                yield new Value.Null();
            }
            case "SS" -> {
                List<String> members = new ArrayList<>();
                array(v).forEach(m -> members.add(text(m)));
                yield new Value.SS(distinct(members, "string"));
            }
            case "NS" -> {
                List<BigDecimal> members = new ArrayList<>();
                array(v).forEach(m -> members.add(Numbers.parse(text(m))));
                Set<BigDecimal> set = new LinkedHashSet<>();
                members.forEach(m -> set.add(Numbers.checked(m)));
                if (set.size() != members.size()) {
                    throw DynamoDbException.validation(
                            "One or more parameter values were invalid: Input collection contains duplicates");
                }
                yield new Value.NS(nonEmpty(set));
            }
            case "BS" -> {
                List<Value.B> members = new ArrayList<>();
                array(v).forEach(m -> members.add(binary(m)));
                yield new Value.BS(distinct(members, "binary"));
            }
            case "L" -> {
                List<Value> members = new ArrayList<>();
                array(v).forEach(m -> members.add(value(m)));
                yield new Value.L(members);
            }
            case "M" -> {
                Map<String, Value> map = item(v);
                if (map == null) {
                    throw DynamoDbException.serialization("M must be an object");
                }
                yield new Value.M(map);
            }
            default ->
                throw DynamoDbException.validation(
                        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        };
    }

    private static <T> Set<T> distinct(List<T> members, String kind) {
        Set<T> set = new LinkedHashSet<>(members);
        if (set.size() != members.size()) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Input collection " + members + " contains duplicates.");
        }
        return nonEmpty(set);
    }

    private static <T> Set<T> nonEmpty(Set<T> set) {
        if (set.isEmpty()) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: An string set  may not be empty");
        }
        return set;
    }

    private static String text(JsonNode v) {
        if (!v.isTextual()) {
            throw DynamoDbException.serialization("NUMBER_VALUE cannot be converted to String");
        }
        return v.textValue();
    }

    private static Value.B binary(JsonNode v) {
        try {
            return new Value.B(Base64.getDecoder().decode(text(v)));
        } catch (IllegalArgumentException e) {
            throw DynamoDbException.serialization("Base64 encoded length is expected a multiple of 4 bytes");
        }
    }

    private static ArrayNode array(JsonNode v) {
        if (!v.isArray()) {
            throw DynamoDbException.serialization("Unexpected value type in payload: expected a list");
        }
        return (ArrayNode) v;
    }

    public static ObjectNode toJson(Map<String, Value> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, toJson(value)));
        return node;
    }

    public static ObjectNode toJson(Value value) {
        ObjectNode node = NODES.objectNode();
        switch (value) {
            case Value.S s -> node.put("S", s.value());
            case Value.N n -> node.put("N", n.text());
            case Value.B b -> node.put("B", Base64.getEncoder().encodeToString(b.value()));
            case Value.Bool b -> node.put("BOOL", b.value());
            case Value.Null ignored -> node.put("NULL", true);
            case Value.SS ss -> ss.values().forEach(node.putArray("SS")::add);
            case Value.NS ns -> {
                ArrayNode array = node.putArray("NS");
                ns.values().forEach(n -> array.add(n.toPlainString()));
            }
            case Value.BS bs -> {
                ArrayNode array = node.putArray("BS");
                bs.values().forEach(b -> array.add(Base64.getEncoder().encodeToString(b.value())));
            }
            case Value.L l -> {
                ArrayNode array = node.putArray("L");
                l.values().forEach(v -> array.add(toJson(v)));
            }
            case Value.M m -> node.set("M", toJson(m.values()));
        }
        return node;
    }
}
