package dev.rapport.handoff;

import dev.rapport.chat.Sentiment;
import java.time.Instant;
import java.util.List;

/**
 * A conversation waiting for a person: enough for a colleague to pick it up without asking the
 * customer to repeat anything. Everything here is already redacted; the customer's identity is
 * kept beside it in storage (for export and erasure), never in the queue's view.
 *
 * @param summary the notes of what the customer said before the recent window
 * @param sentimentTrend the moods of the customer's recent messages, oldest first
 * @param transcript the recent exchanges, oldest first
 */
public record Handoff(String sessionId, HandoffReason reason, Instant createdAt, List<String> summary,
                      List<Sentiment> sentimentTrend, List<Line> transcript) {

    public Handoff {
        summary = List.copyOf(summary);
        sentimentTrend = List.copyOf(sentimentTrend);
        transcript = List.copyOf(transcript);
    }

    /** @param role {@code customer} or {@code assistant} */
    public record Line(String role, String text) {}
}
