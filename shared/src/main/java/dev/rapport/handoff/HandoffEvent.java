package dev.rapport.handoff;

import dev.rapport.chat.Sentiment;
import java.time.Instant;
import java.util.List;

/**
 * What a contact center hears about a handoff: enough to route and prioritise it, nothing that
 * names the customer. The text was redacted before it was stored; the customer appears only by
 * the pseudonymous hash every key of theirs is built on.
 *
 * @param handoffId stable per session and owner, so a retried publication is recognised as the same
 * @param customerId the customer's pseudonymous hash
 */
public record HandoffEvent(String handoffId, String sessionId, String customerId, HandoffReason reason,
                           Instant createdAt, List<String> summary, List<Sentiment> sentimentTrend) {

    public static final String SOURCE = "rapport.handoff";
    public static final String DETAIL_TYPE = "HandoffRequested";

    public HandoffEvent {
        summary = List.copyOf(summary);
        sentimentTrend = List.copyOf(sentimentTrend);
    }
}
