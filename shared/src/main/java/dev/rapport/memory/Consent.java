package dev.rapport.memory;

import dev.rapport.settings.CustomerSettings;

/** What the customer allows to be remembered. */
public record Consent(boolean memoryEnabled, boolean sensitiveAllowed) {

    public static Consent of(CustomerSettings settings) {
        return new Consent(settings.memoryEnabled(), settings.sensitiveMemoryAllowed());
    }
}
