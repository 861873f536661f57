package dev.rapport.memory;

import java.util.Objects;

/**
 * A fact an extractor proposes about the customer. {@code slot} names what the fact is about
 * ({@code size.clothing}, {@code diet}, {@code preference:coffee}); a slot holds one current value,
 * so a new value in the same slot contradicts the old one. {@code value} is the normalized value
 * compared for duplicates ({@code L}, {@code vegetarian}, {@code likes}).
 */
public record Candidate(
        MemoryCategory category, String slot, String value, String statement, double confidence, String quote) {

    public Candidate {
        Objects.requireNonNull(category, "category");
        requireText(slot, "slot");
        requireText(value, "value");
        requireText(statement, "statement");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        quote = quote == null ? "" : quote;
    }

    public boolean sensitive() {
        return category.isSensitive(slot);
    }

    /** Same slot and same normalized value: saying it again adds nothing. */
    public boolean restates(Memory memory) {
        return memory.slot().equals(slot) && memory.value().equalsIgnoreCase(value);
    }

    private static void requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
