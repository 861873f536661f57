package dev.rapport.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one model call sees.
 *
 * @param instructions the system prompt
 * @param grounding context to answer from (summary of earlier turns, later memories and knowledge)
 * @param messages the conversation, oldest first, ending with the customer's new message
 * @param tools tools the model may call; empty for none
 * @param locale the customer's locale (e.g. {@code zh-CN}, {@code en}); may be null
 */
public record ModelRequest(
        String instructions, List<Grounding> grounding, List<Message> messages, List<ToolSpec> tools, String locale) {

    public ModelRequest {
        Objects.requireNonNull(instructions, "instructions");
        grounding = List.copyOf(grounding);
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a model request needs at least one message");
        }
    }
}
