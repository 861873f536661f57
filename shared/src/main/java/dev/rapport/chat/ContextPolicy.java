package dev.rapport.chat;

/**
 * How much of a conversation the model sees: the last {@code recentTurns} exchanges verbatim and a
 * rolling summary of older ones capped at {@code summaryChars}, so the prompt stays bounded however
 * long the session grows.
 */
public record ContextPolicy(int recentTurns, int summaryChars) {

    public ContextPolicy {
        if (recentTurns < 1 || summaryChars < 0) {
            throw new IllegalArgumentException("recentTurns must be >= 1 and summaryChars >= 0");
        }
    }
}
