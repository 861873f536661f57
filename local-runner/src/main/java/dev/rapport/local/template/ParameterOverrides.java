package dev.rapport.local.template;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Key=Value Key2=Value2}, as {@code sam local --parameter-overrides} takes them. */
public final class ParameterOverrides {

    private ParameterOverrides() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return overrides;
        }
        for (String pair : text.trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("parameter override '" + pair + "' is not Key=Value");
            }
            overrides.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return overrides;
    }
}
