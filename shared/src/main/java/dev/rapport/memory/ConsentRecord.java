package dev.rapport.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * The customer's own yes to keeping one sensitive memory while the global sensitive switch is off:
 * how it was given, when, and on which turn, shown with the memory and exported with it.
 */
public record ConsentRecord(String how, Instant at, String turnId) {

    /** Asked in chat after the customer stated the fact, answered yes on the next turn. */
    public static final String ASKED_IN_CHAT = "asked-in-chat";

    public ConsentRecord {
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(turnId, "turnId");
    }
}
