package dev.rapport.voice;

import dev.rapport.chat.ChatCommand;

/**
 * A voice note and chat's fields: {@code "audio":{"format","data"}}, {@code sessionId}, {@code profileId},
 * {@code locale}, the {@code Idempotency-Key} and whether to read the reply aloud.
 */
public record VoiceCommand(
        String format,
        String data,
        String sessionId,
        String profileId,
        String locale,
        String idempotencyKey,
        boolean speak) {

    /** A stand-in message: chat's fields are checked before anything is paid for, the words come later. */
    private static final String NOT_YET_HEARD = "…";

    public VoiceCommand {
        chat(NOT_YET_HEARD, sessionId, profileId, locale, idempotencyKey);
    }

    /** The request's own fields, before anything is heard: what opens the turn and identifies a retry. */
    ChatCommand request() {
        return chat(NOT_YET_HEARD, sessionId, profileId, locale, idempotencyKey);
    }

    /** The chat turn the transcript becomes; the locale defaults to the language heard. */
    ChatCommand chat(Transcript heard) {
        return chat(heard.text(), sessionId, profileId, locale != null ? locale : heard.languageTag(), idempotencyKey);
    }

    /** Whether the request itself asks for Chinese, for problems raised before anything was heard. */
    boolean asksChinese() {
        return locale != null && locale.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    }

    private static ChatCommand chat(
            String message, String sessionId, String profileId, String locale, String idempotencyKey) {
        return new ChatCommand(message, sessionId, profileId, locale, idempotencyKey);
    }
}
