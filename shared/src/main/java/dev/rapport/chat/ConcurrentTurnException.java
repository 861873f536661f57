package dev.rapport.chat;

/** Another turn of the same session was stored first; reload and write again. */
public class ConcurrentTurnException extends RuntimeException {

    public ConcurrentTurnException(String message, Throwable cause) {
        super(message, cause);
    }
}
