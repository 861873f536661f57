package dev.rapport.chat;

import dev.rapport.model.Usage;
import java.time.Instant;

/**
 * One stored turn, already redacted: what the customer said and what the assistant answered.
 *
 * @param photo the photo the customer sent with the message, by reference only; null for text turns
 */
public record Turn(
        String sessionId,
        int seq,
        String turnId,
        Instant at,
        String message,
        String reply,
        Sentiment sentiment,
        boolean handoff,
        Usage usage,
        PhotoReference photo) {

    public Turn(String sessionId, int seq, String turnId, Instant at, String message, String reply,
                Sentiment sentiment, boolean handoff, Usage usage) {
        this(sessionId, seq, turnId, at, message, reply, sentiment, handoff, usage, null);
    }
}
