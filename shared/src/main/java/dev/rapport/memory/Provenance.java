package dev.rapport.memory;

import java.time.Instant;
import java.util.Objects;

/** Where a memory came from: the turn, when, and the (redacted) words it was taken from. */
public record Provenance(String sessionId, String turnId, Instant at, String quote) {

    public Provenance {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(turnId, "turnId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quote, "quote");
    }
}
