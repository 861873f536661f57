package dev.rapport.local.template;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameter values: the template's defaults, then the overrides, checked against {@code AllowedValues}. */
final class TemplateParameters {

    private TemplateParameters() {}

    /**
     * @param localDefaults values the local stack prefers, applied only to parameters the template declares
     * @param overrides the caller's values; each must be a declared parameter
     */
    static Map<String, Object> resolve(
            Map<String, Object> declared, Map<String, String> localDefaults, Map<String, String> overrides) {
        for (String name : overrides.keySet()) {
            if (!declared.containsKey(name)) {
                throw new IllegalArgumentException(
                        "parameter override " + name + " is not a parameter of the template");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        declared.forEach((name, definition) -> {
            Map<String, Object> spec = SamTemplate.map(definition);
            Object raw = overrides.containsKey(name)
                    ? overrides.get(name)
                    : localDefaults.containsKey(name) ? localDefaults.get(name) : spec.get("Default");
            if (raw == null) {
                throw new IllegalArgumentException("parameter " + name + " has no default; pass it as an override");
            }
            String text = String.valueOf(raw);
            Object allowed = spec.get("AllowedValues");
            if (allowed instanceof List<?> list
                    && !list.stream().map(String::valueOf).toList().contains(text)) {
                throw new IllegalArgumentException("parameter " + name + " must be one of " + list + ", not " + text);
            }
            String type = String.valueOf(spec.getOrDefault("Type", "String"));
            values.put(
                    name,
                    type.equals("CommaDelimitedList") || type.startsWith("List<")
                            ? (text.isEmpty()
                                    ? List.of()
                                    : Arrays.stream(text.split(","))
                                            .map(String::trim)
                                            .toList())
                            : text);
        });
        return values;
    }
}
