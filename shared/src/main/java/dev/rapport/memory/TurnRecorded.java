package dev.rapport.memory;

import dev.rapport.identity.Owner;
import java.time.Instant;
import java.util.Objects;

/** A chat turn as the curator hears of it from the conversations stream: whose, where, what was said (redacted). */
public record TurnRecorded(Owner owner, String sessionId, int seq, String turnId, Instant at, String message) {

    public TurnRecorded {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(turnId, "turnId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }
}
