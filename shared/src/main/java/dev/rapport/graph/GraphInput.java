package dev.rapport.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A node or an edge as an admin or an import file gives it, checked field by field: every fault is
 * a 400 problem naming the field, before anything is read or written.
 */
public final class GraphInput {

    static final int MAX_NAME_CHARS = 120;
    static final int MAX_DESCRIPTION_CHARS = 1_000;
    static final int MAX_NOTE_CHARS = 300;
    static final int MAX_ATTRIBUTES = 20;
    static final int MAX_ATTRIBUTE_CHARS = 500;

    /** At most 32 characters, so an edge id of two ids and a kind stays a citation marker. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private GraphInput() {}

    public static GraphNode node(String id, JsonNode body) {
        requireId("id", id);
        String kind = text(body, "kind", 40, true);
        if (!GraphNode.KINDS.contains(kind)) {
            throw ProblemException.badRequest(
                    "invalid-field",
                    "'kind' must be one of "
                            + String.join(
                                    ", ", GraphNode.KINDS.stream().sorted().toList()) + ".");
        }
        return new GraphNode(
                id,
                kind,
                text(body, "nameZh", MAX_NAME_CHARS, true),
                text(body, "nameEn", MAX_NAME_CHARS, true),
                text(body, "descriptionZh", MAX_DESCRIPTION_CHARS, false),
                text(body, "descriptionEn", MAX_DESCRIPTION_CHARS, false),
                attributes(body));
    }

    public static GraphEdge edge(String from, String kind, String to, JsonNode body) {
        requireId("from", from);
        requireId("to", to);
        if (!GraphEdge.KINDS.contains(kind)) {
            throw ProblemException.badRequest(
                    "invalid-field",
                    "An edge's kind must be one of "
                            + String.join(
                                    ", ", GraphEdge.KINDS.stream().sorted().toList()) + ".");
        }
        if (from.equals(to)) {
            throw ProblemException.badRequest("self-edge", "An edge joins two different nodes.");
        }
        return new GraphEdge(
                from,
                kind,
                to,
                text(body, "noteZh", MAX_NOTE_CHARS, false),
                text(body, "noteEn", MAX_NOTE_CHARS, false),
                attributes(body));
    }

    private static void requireId(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ProblemException.badRequest(
                    "invalid-id",
                    "'" + field + "' is 1-32 letters, digits, dots, underscores and hyphens, starting with a letter"
                            + " or digit.");
        }
    }

    private static String text(JsonNode body, String field, int max, boolean required) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ProblemException.badRequest("missing-field", "'" + field + "' is required.");
            }
            return null;
        }
        if (!value.isTextual() || (required && value.asText().isBlank())) {
            throw ProblemException.badRequest("invalid-field", "'" + field + "' must be a non-empty string.");
        }
        if (value.asText().length() > max) {
            throw ProblemException.badRequest(
                    "field-too-long", "'" + field + "' is limited to " + max + " characters.");
        }
        return value.asText().strip();
    }

    private static Map<String, String> attributes(JsonNode body) {
        JsonNode value = body == null ? null : body.get("attributes");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject() || value.size() > MAX_ATTRIBUTES) {
            throw ProblemException.badRequest(
                    "invalid-field", "'attributes' is an object of at most " + MAX_ATTRIBUTES + " text values.");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        value.properties().forEach(e -> {
            if (!ATTRIBUTE.matcher(e.getKey()).matches()
                    || !e.getValue().isTextual()
                    || e.getValue().asText().length() > MAX_ATTRIBUTE_CHARS) {
                throw ProblemException.badRequest(
                        "invalid-field",
                        "Attribute '" + e.getKey() + "' must be a name of letters and digits with a text value of at"
                                + " most " + MAX_ATTRIBUTE_CHARS + " characters.");
            }
            attributes.put(e.getKey(), e.getValue().asText());
        });
        return attributes;
    }
}
