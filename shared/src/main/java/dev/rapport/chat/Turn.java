package dev.rapport.chat;

import dev.rapport.agents.Specialist;
import dev.rapport.memory.ConsentAnswer;
import dev.rapport.model.Usage;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import dev.rapport.voice.audio.AudioClip;
import java.time.Instant;

/**
 * One stored turn, already redacted: what the customer said and what the assistant answered.
 *
 * @param photo the photo the customer sent with the message, by reference only; null for text turns
 * @param source what answered: {@code model} or {@code faq} (the fast path, no model call)
 * @param emotion the emotion reported for the message; null on turns stored before emotions were read
 * @param consentAnswer the customer's yes or no to the previous turn's consent question, for the curator; or null
 * @param agent the specialist that led the turn; null on turns stored before specialists, without a supervisor,
 *     or while a person had the conversation
 * @param audio the voice note the message was transcribed from, by reference only; null for typed turns
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
        Emotion emotion,
        ConsentAnswer consentAnswer,
        Specialist agent,
        AudioClip.AudioReference audio) {

    /** A typed or photo turn: no voice note. */
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
            String source,
            Emotion emotion,
            ConsentAnswer consentAnswer,
            Specialist agent) {
        this(
                sessionId,
                seq,
                turnId,
                at,
                message,
                reply,
                sentiment,
                handoff,
                usage,
                photo,
                source,
                emotion,
                consentAnswer,
                agent,
                null);
    }
}
