package dev.rapport.knowledge;

/**
 * A managed knowledge service could not answer in time (throttled, failing, timed out, unreachable)
 * after its adapter's own retries. The turn goes on without its passages.
 */
public class KnowledgeUnavailableException extends RuntimeException {

    public KnowledgeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
