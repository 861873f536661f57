package dev.rapport.voice;

import java.util.Optional;

/** Reads a reply aloud in the customer's language; empty when no voice is configured or the service fails. */
public interface SpeechSynthesizer {

    /** No spoken replies: the text reply is always there. */
    SpeechSynthesizer NONE = (text, languageTag) -> Optional.empty();

    /** @param languageTag {@code zh-CN} or {@code en-US} */
    Optional<SpokenReply> speak(String text, String languageTag);

    /** Prepares a reply for speech as {@link #speak} would, without calling any service: for SnapStart priming. */
    default void prime(String text, String languageTag) {}
}
