package dev.rapport.handoff;

import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import java.time.Instant;
import java.util.List;

/**
 * What a contact center hears about a handoff: enough to route and prioritise it, nothing that
 * names the customer. The text was redacted before it was stored; the customer appears only by
 * the pseudonymous hash every key of theirs is built on. Each handoff is heard of twice: when it is
 * requested and, once a colleague closes it, when it is closed.
 *
 * @param handoffId the queue's id ({@link HandoffId}), the same in both events and in the admins' queue
 * @param customerId the customer's pseudonymous hash
 * @param emotionTrend the emotions beside {@code sentimentTrend}; empty for handoffs recorded before emotions were read
 * @param closure null for {@code HandoffRequested}; how it ended for {@code HandoffClosed}
 */
public record HandoffEvent(
        String handoffId,
        String sessionId,
        String customerId,
        HandoffReason reason,
        Instant createdAt,
        List<String> summary,
        List<Sentiment> sentimentTrend,
        List<Emotion> emotionTrend,
        HandoffClosure closure) {

    public static final String SOURCE = "rapport.handoff";
    public static final String DETAIL_TYPE = "HandoffRequested";
    public static final String CLOSED_DETAIL_TYPE = "HandoffClosed";

    public HandoffEvent {
        summary = List.copyOf(summary);
        sentimentTrend = List.copyOf(sentimentTrend);
        emotionTrend = List.copyOf(emotionTrend);
    }

    public HandoffEvent(
            String handoffId,
            String sessionId,
            String customerId,
            HandoffReason reason,
            Instant createdAt,
            List<String> summary,
            List<Sentiment> sentimentTrend) {
        this(handoffId, sessionId, customerId, reason, createdAt, summary, sentimentTrend, List.of(), null);
    }

    public String detailType() {
        return closure == null ? DETAIL_TYPE : CLOSED_DETAIL_TYPE;
    }

    /** When it happened: the request, or the close. */
    public Instant time() {
        return closure == null ? createdAt : closure.closedAt();
    }

    /** What the publication ledger knows this event by: one request and one close per handoff. */
    public String publicationId() {
        return closure == null ? handoffId : handoffId + "#closed";
    }
}
