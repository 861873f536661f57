package dev.rapport.export;

/**
 * An export asked for with input it cannot run on. The job is invoked, not routed, so this is
 * what the caller sees: the invocation fails with this type as Lambda's {@code errorType} and the
 * message as its {@code errorMessage}, before anything is read or written.
 */
public final class InvalidExportRequest extends IllegalArgumentException {

    public InvalidExportRequest(String message) {
        super(message);
    }
}
