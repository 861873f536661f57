package dev.rapport.local.template;

import java.util.Map;

/**
 * A function's {@code EventBridgeRule} event: the bus it listens on and its event pattern.
 *
 * @param pattern the pattern as the template writes it (keys to lists of values or matchers)
 */
public record RuleTrigger(String function, String name, String busName, Map<String, Object> pattern) {

    public RuleTrigger {
        pattern = Map.copyOf(pattern);
    }
}
