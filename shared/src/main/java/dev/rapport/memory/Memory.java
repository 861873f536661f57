package dev.rapport.memory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One remembered fact about a customer profile.
 *
 * @param slot what the fact is about, for contradiction checks: {@code size}, {@code diet},
 *     {@code location}, {@code birthday}, or {@code like:<thing>} for open-ended preferences
 * @param value the normalized value within the slot ("M", "vegetarian", "杭州")
 * @param statement how it reads to the customer and to the model ("Wears size M")
 * @param supersededBy the id of the memory that replaced this one; null while current
 */
public record Memory(String id, MemoryCategory category, String slot, String value, String statement,
                     Provenance provenance, String supersededBy) {

    public Memory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(provenance, "provenance");
    }

    @JsonIgnore
    public boolean isCurrent() {
        return supersededBy == null;
    }

    Memory supersededBy(String newer) {
        return new Memory(id, category, slot, value, statement, provenance, newer);
    }

    Memory withStatement(String edited) {
        return new Memory(id, category, slot, value, edited, provenance, supersededBy);
    }
}
