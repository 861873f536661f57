package dev.rapport.chat;

/** The customer's turns of this minute were used up by a request that committed first. */
public final class RateLimitedException extends RuntimeException {

    public RateLimitedException(String message, Throwable cause) {
        super(message, cause);
    }
}
