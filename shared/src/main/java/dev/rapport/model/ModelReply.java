package dev.rapport.model;

import java.util.Objects;

/**
 * @param judgment the model's reading of the customer's mood, when the adapter asked for one and the
 *     model gave it well-formed; null otherwise (the caller reads the mood itself)
 */
public record ModelReply(Message message, StopReason stopReason, Usage usage, Judgment judgment) {

    public ModelReply {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(usage, "usage");
    }

    public ModelReply(Message message, StopReason stopReason, Usage usage) {
        this(message, stopReason, usage, null);
    }
}
