package dev.rapport.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The part of EventBridge's pattern language the template uses: a field matches a list of exact
 * values, {@code {"prefix": …}} or {@code {"anything-but": […]}}; a nested object matches the event's
 * nested object. Every field of the pattern must match.
 */
final class EventPattern {

    private EventPattern() {}

    static boolean matches(Map<String, Object> pattern, JsonNode event) {
        return pattern.entrySet().stream().allMatch(field -> matches(field.getValue(), event.path(field.getKey())));
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Object rule, JsonNode value) {
        if (rule instanceof Map<?, ?> nested) {
            return value.isObject() && matches((Map<String, Object>) nested, value);
        }
        if (!(rule instanceof List<?> alternatives)) {
            throw new IllegalArgumentException("an event pattern field is a list or an object: " + rule);
        }
        return alternatives.stream().anyMatch(alternative -> accepts(alternative, value));
    }

    private static boolean accepts(Object alternative, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        String text = value.asText();
        if (alternative instanceof Map<?, ?> matcher) {
            if (matcher.get("prefix") instanceof String prefix) {
                return value.isTextual() && text.startsWith(prefix);
            }
            if (matcher.get("anything-but") instanceof List<?> excluded) {
                return excluded.stream().noneMatch(e -> String.valueOf(e).equals(text));
            }
            throw new IllegalArgumentException("unsupported event pattern matcher " + matcher);
        }
        return String.valueOf(alternative).equals(text);
    }
}
