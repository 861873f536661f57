package dev.rapport.memory;

/**
 * What a memory is about, and whether it is sensitive personal information (PIPL art. 28, GDPR
 * art. 9): sensitive memories are kept only when the customer allowed it.
 *
 * <p>Allergies are medical data, so {@link #ALLERGY} is sensitive like {@link #HEALTH}; a diet
 * such as vegetarian is a lifestyle choice and is not. A city is coarse enough to be ordinary, a
 * street address is precise whereabouts: sensitive (and the rule-based extractor refuses to keep
 * one at all, since addresses count as raw personal data). A day-and-month birthday without a year
 * and the fact of having a child are ordinary; a child's own details are never extracted.
 */
public enum MemoryCategory {
    PREFERENCE(false),
    DISLIKE(false),
    DIET(false),
    ALLERGY(true),
    SIZE(false),
    FAMILY(false),
    BIRTHDAY(false),
    LOCATION(false),
    HEALTH(true),
    RELIGION(true),
    POLITICS(true),
    FINANCES(true),
    SEXUALITY(true),
    OTHER(false);

    /** Slot of a precise location; every other location slot is city level. */
    public static final String ADDRESS_SLOT = "location.address";

    private final boolean sensitive;

    MemoryCategory(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public boolean sensitive() {
        return sensitive;
    }

    /** Sensitivity of one fact: the category's, and for locations how precise the slot is. */
    public boolean isSensitive(String slot) {
        return sensitive || (this == LOCATION && slot.startsWith(ADDRESS_SLOT));
    }
}
