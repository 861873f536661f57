package dev.rapport.export;

import java.util.List;

/**
 * One session as the export reads it, turns in order, with the ratings given to them.
 *
 * @param handedOff whether a person took the conversation over
 */
public record StoredConversation(String customerHash, String sessionId, boolean handedOff, List<Exchange> exchanges) {

    public StoredConversation {
        exchanges = List.copyOf(exchanges);
    }

    /** @param rating 1–5 (thumbs as 5 or 1), or null when unrated */
    public record Exchange(String message, String reply, Integer rating) {}
}
