package dev.rapport.handoff;

import dev.rapport.chat.Emotion;
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
 * @param emotionTrend the emotions of the same messages as {@code sentimentTrend}; empty on handoffs
 *     recorded before emotions were read
 */
public record Handoff(String sessionId, HandoffReason reason, Instant createdAt, List<String> summary,
                      List<Sentiment> sentimentTrend, List<Line> transcript, List<Emotion> emotionTrend) {

    public Handoff {
        summary = List.copyOf(summary);
        sentimentTrend = List.copyOf(sentimentTrend);
        transcript = List.copyOf(transcript);
        emotionTrend = List.copyOf(emotionTrend);
    }

    public Handoff(String sessionId, HandoffReason reason, Instant createdAt, List<String> summary,
                   List<Sentiment> sentimentTrend, List<Line> transcript) {
        this(sessionId, reason, createdAt, summary, sentimentTrend, transcript, List.of());
    }

    /** @param role {@code customer} or {@code assistant} */
    public record Line(String role, String text) {}
}
