package dev.rapport.memory;

import java.util.Objects;

/** A fact an extractor proposes; the memory book decides whether it is kept. */
public record Candidate(MemoryCategory category, String slot, String value, String statement, String quote) {

    public Candidate {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(quote, "quote");
    }

    /** Slots that hold one value at a time: a new value replaces the old one. */
    public boolean singleValued() {
        return !slot.startsWith("like:") && !slot.startsWith("dislike:") && !slot.startsWith("allergy:")
                && !slot.startsWith("family:");
    }
}
