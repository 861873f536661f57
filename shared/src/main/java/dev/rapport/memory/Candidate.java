package dev.rapport.memory;

import java.util.Objects;

/**
 * A fact an extractor proposes about the customer. {@code slot} names what the fact is about
 * ({@code size.clothing}, {@code diet}, {@code preference:coffee}); a slot holds one current value,
 * so a new value in the same slot contradicts the old one. {@code value} is the normalized value
 * compared for duplicates ({@code L}, {@code vegetarian}, {@code likes}). {@code polarity},
 * {@code object} and {@code strength} say what the customer likes, avoids or requires and how firmly;
 * {@code quote} is the customer's own (redacted) words.
 */
public record Candidate(
        MemoryCategory category,
        String slot,
        String value,
        String statement,
        double confidence,
        String quote,
        Polarity polarity,
        String object,
        Strength strength) {

    public Candidate {
        Objects.requireNonNull(category, "category");
        requireText(slot, "slot");
        requireText(value, "value");
        requireText(statement, "statement");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        quote = quote == null ? "" : quote;
        polarity = polarity == null ? Polarity.of(value) : polarity;
        object = object == null || object.isBlank() ? objectOf(slot, value) : object.strip();
        strength = strength == null ? Strength.NORMAL : strength;
    }

    /** A fact whose polarity follows from its value, its object from its slot, stated plainly. */
    public Candidate(
            MemoryCategory category, String slot, String value, String statement, double confidence, String quote) {
        this(category, slot, value, statement, confidence, quote, null, null, null);
    }

    public Candidate withStrength(Strength newStrength) {
        return new Candidate(category, slot, value, statement, confidence, quote, polarity, object, newStrength);
    }

    /** The same fact in another category, such as an avoidance stated for a religious reason. */
    public Candidate inCategory(MemoryCategory newCategory) {
        return new Candidate(newCategory, slot, value, statement, confidence, quote, polarity, object, strength);
    }

    /**
     * The object of a fact without one of its own: the slot's key ("preference:coffee"), else the
     * value — except that eating meat again is about meat, so it can undo avoidances of meat dishes.
     */
    static String objectOf(String slot, String value) {
        if ("diet".equals(slot) && "omnivore".equals(value)) {
            return "meat";
        }
        int colon = slot.indexOf(':');
        return colon >= 0 && colon < slot.length() - 1 ? slot.substring(colon + 1) : value;
    }

    public boolean sensitive() {
        return category.isSensitive(slot);
    }

    /**
     * Same slot, same normalized value and as firm: saying it again adds nothing. Said more or less
     * firmly ("I avoid denim", then "I never wear denim at all"), the newer wording replaces the old.
     */
    public boolean restates(Memory memory) {
        return memory.slot().equals(slot) && memory.value().equalsIgnoreCase(value) && memory.strength() == strength;
    }

    private static void requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
