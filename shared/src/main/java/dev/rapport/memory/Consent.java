package dev.rapport.memory;

/** The customer's memory settings at the time a turn is curated. */
public record Consent(boolean memoryEnabled, boolean sensitiveAllowed) {

    public static Consent memoryOnly() {
        return new Consent(true, false);
    }

    public static Consent everything() {
        return new Consent(true, true);
    }

    public static Consent none() {
        return new Consent(false, false);
    }

    public boolean allows(MemoryCategory category, String slot) {
        return memoryEnabled && (sensitiveAllowed || !category.isSensitive(slot));
    }
}
