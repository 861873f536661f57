package dev.rapport.handoff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import java.time.Instant;
import java.util.List;

/**
 * A conversation waiting for a person: enough for a colleague to pick it up without asking the
 * customer to repeat anything. Everything here is already redacted; the customer's identity is
 * kept beside it in storage (for export and erasure), never in the queue's view.
 *
 * @param id the queue's id ({@link HandoffId}); null until the handoff is stored
 * @param summary the notes of what the customer said before the recent window
 * @param sentimentTrend the moods of the customer's recent messages, oldest first
 * @param transcript the recent exchanges, oldest first
 * @param emotionTrend the emotions of the same messages as {@code sentimentTrend}; empty on handoffs
 *     recorded before emotions were read
 * @param closure how it ended, or null while it is open
 */
public record Handoff(
        String id,
        String sessionId,
        HandoffReason reason,
        Instant createdAt,
        List<String> summary,
        List<Sentiment> sentimentTrend,
        List<Line> transcript,
        List<Emotion> emotionTrend,
        @JsonInclude(JsonInclude.Include.NON_NULL) HandoffClosure closure) {

    public Handoff {
        summary = List.copyOf(summary);
        sentimentTrend = List.copyOf(sentimentTrend);
        transcript = List.copyOf(transcript);
        emotionTrend = List.copyOf(emotionTrend);
    }

    /** A new, open handoff, as the turn that hands off writes it. */
    public Handoff(
            String sessionId,
            HandoffReason reason,
            Instant createdAt,
            List<String> summary,
            List<Sentiment> sentimentTrend,
            List<Line> transcript,
            List<Emotion> emotionTrend) {
        this(null, sessionId, reason, createdAt, summary, sentimentTrend, transcript, emotionTrend, null);
    }

    public Handoff(
            String sessionId,
            HandoffReason reason,
            Instant createdAt,
            List<String> summary,
            List<Sentiment> sentimentTrend,
            List<Line> transcript) {
        this(sessionId, reason, createdAt, summary, sentimentTrend, transcript, List.of());
    }

    @JsonProperty("status")
    public HandoffStatus status() {
        return closure == null ? HandoffStatus.OPEN : HandoffStatus.CLOSED;
    }

    /** @param role {@code customer} or {@code assistant} */
    public record Line(String role, String text) {}
}
