package dev.rapport.memory;

/**
 * What kind of fact a memory is. Sensitive categories are health data or similar special
 * categories under PIPL and GDPR; they are kept only with the customer's explicit consent.
 */
public enum MemoryCategory {
    PREFERENCE(false),
    DISLIKE(false),
    DIET(false),
    ALLERGY(true),
    HEALTH(true),
    SIZE(false),
    FAMILY(false),
    BIRTHDAY(false),
    LOCATION(false);

    private final boolean sensitive;

    MemoryCategory(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public boolean sensitive() {
        return sensitive;
    }
}
