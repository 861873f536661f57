package dev.rapport.http.apigateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import dev.rapport.problem.ProblemException;

/** A parsed JSON object body with typed field access that answers 400 for missing or mistyped fields. */
public final class JsonBody {

    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    static JsonBody parse(String text) {
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("invalid-json", "The request body is not valid JSON.");
        }
        if (!(parsed instanceof ObjectNode object)) {
            throw ProblemException.badRequest("invalid-json", "The request body must be a JSON object.");
        }
        return new JsonBody(object);
    }

    public String requiredString(String field) {
        String value = optionalString(field);
        if (value == null) {
            throw ProblemException.badRequest("missing-field", "'" + field + "' is required.");
        }
        return value;
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
}
