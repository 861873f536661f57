package dev.rapport.model.bedrock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/** JSON text ↔ the SDK's {@link Document}, which Converse uses for tool schemas and tool inputs. */
final class Documents {

    private Documents() {}

    static Document fromJson(String json) {
        try {
            return from(Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: a tool schema or input must be a JSON value", e);
        }
    }

    static String toJson(Document document) {
        return document == null ? "null" : node(document).toString();
    }

    private static JsonNode node(Document document) {
        JsonNodeFactory nodes = Json.MAPPER.getNodeFactory();
        if (document.isMap()) {
            ObjectNode object = nodes.objectNode();
            document.asMap().forEach((name, value) -> object.set(name, node(value)));
            return object;
        }
        if (document.isList()) {
            ArrayNode array = nodes.arrayNode();
            document.asList().forEach(element -> array.add(node(element)));
            return array;
        }
        if (document.isNumber()) {
            return nodes.numberNode(document.asNumber().bigDecimalValue());
        }
        if (document.isBoolean()) {
            return nodes.booleanNode(document.asBoolean());
        }
        return document.isNull() ? nodes.nullNode() : nodes.textNode(document.asString());
    }

    private static Document from(JsonNode node) {
        if (node.isObject()) {
            Map<String, Document> members = new LinkedHashMap<>();
            node.properties().forEach(e -> members.put(e.getKey(), from(e.getValue())));
            return Document.fromMap(members);
        }
        if (node.isArray()) {
            List<Document> elements = new ArrayList<>();
            node.forEach(element -> elements.add(from(element)));
            return Document.fromList(elements);
        }
        if (node.isNumber()) {
            return Document.fromNumber(SdkNumber.fromString(node.asText()));
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        return node.isNull() ? Document.fromNull() : Document.fromString(node.asText());
    }
}
