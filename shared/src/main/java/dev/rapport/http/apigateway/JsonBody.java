package dev.rapport.http.apigateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import dev.rapport.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A parsed JSON object body with typed field access that answers 400 for missing or mistyped fields. */
public final class JsonBody {

    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    /**
     * One strict reading for every route: a key given twice, anything after the object, or a
     * string holding half of a UTF-16 surrogate pair ("\ud800") is a 400. A lone surrogate cannot
     * be encoded as UTF-8, so once stored it breaks every later read of the item (a table scan
     * fails); it is refused here, before anything sees it.
     */
    static JsonBody parse(String text) {
        JsonNode parsed;
        try {
            parsed = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest(
                    "invalid-json",
                    e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                            ? "The request body names a field twice."
                            : "The request body is not valid JSON.");
        }
        if (!(parsed instanceof ObjectNode object)) {
            throw ProblemException.badRequest("invalid-json", "The request body must be a JSON object.");
        }
        requireWellFormed(object);
        return new JsonBody(object);
    }

    private static final ObjectReader STRICT = Json.MAPPER
            .reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static void requireWellFormed(JsonNode node) {
        if (node.isTextual()) {
            requireWellFormed(node.textValue());
        } else if (node.isContainerNode()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                requireWellFormed(field.getKey());
                requireWellFormed(field.getValue());
            }
            if (node.isArray()) {
                node.forEach(JsonBody::requireWellFormed);
            }
        }
    }

    private static void requireWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ProblemException.badRequest(
                        "invalid-text",
                        "The request body holds a lone UTF-16 surrogate (\\u" + Integer.toHexString(c)
                                + "), which is not text.");
            }
        }
    }

    /** The parsed object, for use cases that validate a whole document themselves. */
    public JsonNode tree() {
        return node.deepCopy();
    }

    public String requiredString(String field) {
        String value = optionalString(field);
        if (value == null) {
            throw ProblemException.badRequest("missing-field", "'" + field + "' is required.");
        }
        return value;
    }

    /** A nested object field; 400 when absent or not an object. */
    public JsonBody requiredObject(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ProblemException.badRequest("missing-field", "'" + field + "' is required.");
        }
        if (!(value instanceof ObjectNode object)) {
            throw ProblemException.badRequest("invalid-field", "'" + field + "' must be an object.");
        }
        return new JsonBody(object);
    }

    /** Refuses fields the endpoint does not know, so a misspelt setting is an error, not a silent no-op. */
    public JsonBody onlyFields(Set<String> allowed) {
        for (String field : (Iterable<String>) node::fieldNames) {
            if (!allowed.contains(field)) {
                throw ProblemException.badRequest("unknown-field", "'" + field + "' is not a field of this request.");
            }
        }
        return this;
    }

    /** Null when absent or JSON null; 400 when present with another type. */
    public Boolean optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw ProblemException.badRequest("invalid-field", "'" + field + "' must be true or false.");
        }
        return value.booleanValue();
    }

    /** Null when absent or JSON null; 400 when present and not a whole number. */
    public Integer optionalInteger(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw ProblemException.badRequest("invalid-field", "'" + field + "' must be a whole number.");
        }
        return value.intValue();
    }

    /** The objects of an array field; null when absent; 400 when it is not an array of objects. */
    public List<JsonBody> optionalObjects(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw ProblemException.badRequest(
                    "invalid-field", "'" + field + "' must be an array of at most " + maxItems + " objects.");
        }
        List<JsonBody> items = new ArrayList<>();
        for (JsonNode element : value) {
            if (!(element instanceof ObjectNode object)) {
                throw ProblemException.badRequest("invalid-field", "'" + field + "' must hold objects.");
            }
            items.add(new JsonBody(object));
        }
        return items;
    }

    /** The strings of an array field; null when absent; 400 when it is not an array of strings. */
    public List<String> optionalStrings(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw ProblemException.badRequest(
                    "invalid-field", "'" + field + "' must be an array of at most " + maxItems + " strings.");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw ProblemException.badRequest("invalid-field", "'" + field + "' must hold strings.");
            }
            items.add(element.textValue());
        }
        return items;
    }

    /** Null when absent or JSON null; 400 when present with another type. */
    public String optionalString(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest("invalid-field", "'" + field + "' must be a string.");
        }
        return value.textValue();
    }

    /** A nested object field; null when absent or JSON null; 400 when present and not an object. */
    public JsonBody optionalObject(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : requiredObject(field);
    }
}
