package dev.rapport.chat;

import dev.rapport.model.Usage;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import java.time.Instant;

/**
 * One stored turn, already redacted: what the customer said and what the assistant answered.
 *
 * @param photo the photo the customer sent with the message, by reference only; null for text turns
 * @param source what answered: {@code model} or {@code faq} (the fast path, no model call)
 * @param emotion the emotion reported for the message; null on turns stored before emotions were read
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
        PhotoReference photo,
        String source,
        Emotion emotion) {

    public Turn(
            String sessionId,
            int seq,
            String turnId,
            Instant at,
            String message,
            String reply,
            Sentiment sentiment,
            boolean handoff,
            Usage usage,
            PhotoReference photo,
            String source) {
        this(sessionId, seq, turnId, at, message, reply, sentiment, handoff, usage, photo, source, null);
    }

    public Turn(
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
        this(sessionId, seq, turnId, at, message, reply, sentiment, handoff, usage, photo, ChatReply.FROM_MODEL);
    }

    public Turn(
            String sessionId,
            int seq,
            String turnId,
            Instant at,
            String message,
            String reply,
            Sentiment sentiment,
            boolean handoff,
            Usage usage) {
        this(sessionId, seq, turnId, at, message, reply, sentiment, handoff, usage, null);
    }
}
