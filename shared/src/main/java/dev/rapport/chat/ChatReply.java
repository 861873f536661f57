package dev.rapport.chat;

import dev.rapport.actions.ActionView;
import dev.rapport.model.Usage;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import java.util.List;

/**
 * The answer to one chat turn, exactly the response body of {@code POST /v1/chat}.
 *
 * @param usage tokens of every model call the turn made
 * @param source {@code faq} when a curated answer was sent without a model call, {@code handoff} when a
 *     person has the conversation and the message was only acknowledged, else {@code model}
 * @param emotion what the customer feels ({@link Emotion}), reported with the sentiment: the model's
 *     judgment when it gave a valid one, else the rules' reading
 * @param agent the wire name of the specialist that led the turn ({@code orders}, {@code advisor}, {@code care},
 *     {@code account}); absent without a supervisor and while a person has the conversation
 */
public record ChatReply(
        String sessionId,
        String turnId,
        String reply,
        List<Citation> citations,
        List<MemoryUse> memoriesUsed,
        List<ActionView> actions,
        Sentiment sentiment,
        boolean handoff,
        Usage usage,
        String source,
        Emotion emotion,
        String agent) {

    public static final String FROM_MODEL = "model";
    public static final String FROM_FAQ = "faq";
    /** A message sent while a person has the conversation: acknowledged, not answered by the assistant. */
    public static final String FROM_HANDOFF = "handoff";

    public ChatReply {
        source = source == null ? FROM_MODEL : source;
        // A reply stored for idempotent replay before emotions were read has none.
        emotion = emotion == null ? Emotion.NONE : emotion;
        citations = List.copyOf(citations);
        memoriesUsed = List.copyOf(memoriesUsed);
        actions = List.copyOf(actions);
    }

    public ChatReply(
            String sessionId,
            String turnId,
            String reply,
            List<Citation> citations,
            List<MemoryUse> memoriesUsed,
            List<ActionView> actions,
            Sentiment sentiment,
            boolean handoff,
            Usage usage) {
        this(sessionId, turnId, reply, citations, memoriesUsed, actions, sentiment, handoff, usage, FROM_MODEL);
    }

    public ChatReply(
            String sessionId,
            String turnId,
            String reply,
            List<Citation> citations,
            List<MemoryUse> memoriesUsed,
            List<ActionView> actions,
            Sentiment sentiment,
            boolean handoff,
            Usage usage,
            String source) {
        this(sessionId, turnId, reply, citations, memoriesUsed, actions, sentiment, handoff, usage, source, null, null);
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
}
