package dev.rapport.chat;

import dev.rapport.voice.audio.AudioClip;
import java.util.Objects;

/**
 * The recording a turn's message was transcribed from. The turn stores only {@code reference}. A
 * {@code tentative} transcript is answered, but never acted on for a change to an order: a yes does
 * not confirm a pending proposal and no new proposal is made; the customer is asked back instead.
 *
 * @param heard the redacted transcript as the customer is shown it, kept with the answer for a retry
 * @param tentative whether the transcription was too unsure to act on
 */
public record VoiceNote(AudioClip.AudioReference reference, Heard heard, boolean tentative) {

    public VoiceNote {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(heard, "heard");
    }

    /** The language the transcript was heard in, {@code zh-CN} or {@code en-US}. */
    public String languageTag() {
        return heard.language();
    }

    boolean chinese() {
        return languageTag().startsWith("zh");
    }

    /** The reply that shows an unsure transcript back instead of acting on it. */
    String askBack(String heard) {
        return chinese() ? "我听到的是：“" + heard + "”，对吗？" : "I heard: \"" + heard + "\", is that right?";
    }
}
