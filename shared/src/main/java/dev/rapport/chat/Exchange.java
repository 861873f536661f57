package dev.rapport.chat;

import dev.rapport.model.Message;
import dev.rapport.model.Role;
import java.time.Instant;
import java.util.List;

/**
 * One turn's messages in order: the customer's message, any tool calls with their results, and
 * the final reply. The context window keeps or drops whole exchanges, so a tool call is never
 * separated from its result.
 */
public record Exchange(int seq, String turnId, Instant at, List<Message> messages) {

    public Exchange {
        messages = List.copyOf(messages);
        if (messages.isEmpty() || messages.get(0).role() != Role.USER) {
            throw new IllegalArgumentException("an exchange starts with the customer's message");
        }
    }

    /** The customer's own words (tool results are also user-role messages, so only the first counts). */
    public String customerText() {
        return messages.get(0).text();
    }

    public String replyText() {
        Message last = messages.get(messages.size() - 1);
        return last.role() == Role.ASSISTANT ? last.text() : "";
    }
}
