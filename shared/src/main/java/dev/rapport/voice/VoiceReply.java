package dev.rapport.voice;

import dev.rapport.chat.ChatReply;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a voice note: the chat turn's reply, what was heard, and the reply read aloud when
 * asked for and a voice is configured.
 */
public record VoiceReply(ChatReply chat, Heard transcript, Optional<SpokenReply> speech) {

    public VoiceReply {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(speech, "speech");
    }

    /**
     * What was heard, as the customer is shown it.
     *
     * @param text the transcript with personal data redacted
     */
    public record Heard(String text, double confidence, String language) {}
}
