package dev.rapport.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A JSON answer read field by field; a missing or malformed field is a finding naming the request. */
record JsonAnswer(String request, JsonNode node) {

    /** What an id may hold before it is put in a path. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~:-]{1,128}");

    String text(String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new SmokeFailure(request + " answered without a non-empty '" + field + "'");
        }
        return value.asText();
    }

    /** A text field that goes into a path next: letters, digits and {@code . _ ~ : -} only. */
    String id(String field) {
        String value = text(field);
        if (!ID.matcher(value).matches()) {
            throw new SmokeFailure(request + " answered a '" + field + "' that is no id");
        }
        return value;
    }

    List<JsonNode> list(String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw new SmokeFailure(request + " answered without a '" + field + "' list");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    JsonNode path(String field) {
        return node.path(field);
    }
}
