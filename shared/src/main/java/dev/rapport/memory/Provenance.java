package dev.rapport.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a memory came from, shown to the customer next to it: the turn and session, when, and the
 * (already redacted) words it was learned from.
 */
public record Provenance(String turnId, String sessionId, Instant at, String quote) {

    public Provenance {
        Objects.requireNonNull(turnId, "turnId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
        quote = quote == null ? "" : quote;
    }
}
