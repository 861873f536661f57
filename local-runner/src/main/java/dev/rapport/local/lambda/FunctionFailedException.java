package dev.rapport.local.lambda;

/** The handler threw: API Gateway answers 502 and the client never sees the cause. */
public final class FunctionFailedException extends RuntimeException {

    public FunctionFailedException(String function, Throwable cause) {
        super(function + " failed: " + cause, cause);
    }
}
