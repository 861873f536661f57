package dev.rapport.chat;

import dev.rapport.model.Usage;
import java.util.List;

/**
 * The answer to one chat turn, exactly the response body of {@code POST /v1/chat}.
 *
 * @param usage tokens of every model call the turn made
 */
public record ChatReply(
        String sessionId,
        String turnId,
        String reply,
        List<Citation> citations,
        List<MemoryUse> memoriesUsed,
        List<Action> actions,
        Sentiment sentiment,
        boolean handoff,
        Usage usage) {

    public ChatReply {
        citations = List.copyOf(citations);
        memoriesUsed = List.copyOf(memoriesUsed);
        actions = List.copyOf(actions);
    }

    /** A passage of the business's knowledge the reply rests on. */
    public record Citation(String id, String title, String snippet) {}

    /** A remembered fact the reply used, with where it came from. */
    public record MemoryUse(String id, String statement) {}

    /**
     * Something the assistant proposes or did, such as cancelling an order.
     *
     * @param status {@code pending_confirmation}, then {@code done}, {@code already_done}, {@code not_allowed},
     *     {@code not_found} or {@code declined}
     */
    public record Action(String id, String type, String orderId, String summary, String status) {}
}
