package dev.rapport.model;

import java.time.Duration;

/**
 * The model could not answer in time (throttled, timed out, unreachable) after the adapter's own
 * retries. The caller answers 503 with {@code Retry-After} and has written nothing.
 */
public class ModelUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public ModelUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
