package dev.rapport.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

public record Message(Role role, List<Content> content) {

    public Message {
        Objects.requireNonNull(role, "role");
        content = List.copyOf(content);
    }

    public static Message user(String text) {
        return new Message(Role.USER, List.of(new Content.Text(text)));
    }

    public static Message assistant(String text) {
        return new Message(Role.ASSISTANT, List.of(new Content.Text(text)));
    }

    /** The text blocks joined, ignoring images and tool blocks. */
    public String text() {
        return content.stream()
                .filter(Content.Text.class::isInstance)
                .map(c -> ((Content.Text) c).text())
                .collect(Collectors.joining("\n"));
    }

    public boolean hasToolUse() {
        return content.stream().anyMatch(Content.ToolUse.class::isInstance);
    }

    public boolean hasToolResult() {
        return content.stream().anyMatch(Content.ToolResult.class::isInstance);
    }
}
