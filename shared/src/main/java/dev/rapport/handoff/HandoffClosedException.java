package dev.rapport.handoff;

/** The handoff was closed: the conversation is the assistant's again, and a person's message would go unseen. */
public final class HandoffClosedException extends RuntimeException {

    public HandoffClosedException(String message) {
        super(message);
    }
}
