package dev.rapport.chat;

import dev.rapport.model.Usage;
import java.time.Instant;

/** One stored turn, already redacted: what the customer said and what the assistant answered. */
public record Turn(
        String sessionId,
        int seq,
        String turnId,
        Instant at,
        String message,
        String reply,
        Sentiment sentiment,
        boolean handoff,
        Usage usage) {}
