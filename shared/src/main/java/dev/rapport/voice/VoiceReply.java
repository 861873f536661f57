package dev.rapport.voice;

import dev.rapport.chat.ChatReply;
import dev.rapport.chat.Heard;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a voice note: the chat turn's reply, what was heard, and the reply read aloud when
 * asked for and a voice is configured (never on a retry answered from its first answer).
 */
public record VoiceReply(ChatReply chat, Heard transcript, Optional<SpokenReply> speech) {

    public VoiceReply {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(speech, "speech");
    }
}
