package dev.rapport.voice;

/**
 * The transcriber cannot answer: not configured (the offline stack has none), unreachable or failing.
 * The voice turn answers 503 and writes nothing.
 */
public final class TranscriptionUnavailableException extends RuntimeException {

    /** Whether no transcriber is configured at all, as opposed to one failing now. */
    private final boolean unconfigured;

    public TranscriptionUnavailableException(String message, Throwable cause) {
        super(message, cause);
        this.unconfigured = false;
    }

    private TranscriptionUnavailableException(String message) {
        super(message);
        this.unconfigured = true;
    }

    /** For a stack with no transcriber configured. */
    public static TranscriptionUnavailableException notConfigured() {
        return new TranscriptionUnavailableException("no transcriber is configured");
    }

    public boolean unconfigured() {
        return unconfigured;
    }
}
