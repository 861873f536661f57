package dev.rapport.model;

import java.util.Objects;

public record ModelReply(Message message, StopReason stopReason, Usage usage) {

    public ModelReply {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(usage, "usage");
    }
}
