package dev.rapport.memory;

import dev.rapport.identity.Owner;
import java.time.Instant;
import java.util.Objects;

/**
 * A chat turn as the curator hears of it from the conversations stream: whose, where, what was said
 * (redacted).
 *
 * @param consentAnswer the customer's yes or no to the previous turn's consent question, or null
 */
public record TurnRecorded(
        Owner owner,
        String sessionId,
        int seq,
        String turnId,
        Instant at,
        String message,
        ConsentAnswer consentAnswer) {

    public TurnRecorded(Owner owner, String sessionId, int seq, String turnId, Instant at, String message) {
        this(owner, sessionId, seq, turnId, at, message, null);
    }

    public TurnRecorded {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(turnId, "turnId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }
}
