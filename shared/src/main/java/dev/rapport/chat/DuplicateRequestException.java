package dev.rapport.chat;

/** A request with the same idempotency key was completed first. */
public class DuplicateRequestException extends RuntimeException {

    public DuplicateRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
