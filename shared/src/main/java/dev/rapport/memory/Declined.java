package dev.rapport.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * A sensitive fact the customer said no to keeping. Held in the book so it is exported and erased
 * with the rest, and so the question about the same fact is never asked again.
 */
public record Declined(String slot, String object, Instant at) {

    public Declined {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(at, "at");
    }

    public boolean covers(Candidate fact) {
        return slot.equals(fact.slot()) && object.equalsIgnoreCase(fact.object());
    }
}
