package dev.rapport.voice;

import dev.rapport.voice.audio.AudioClip;
import java.util.Optional;

/** Turns a checked voice note into text, identifying Chinese or English. */
public interface Transcriber {

    /**
     * @param languageHint the customer's locale ({@code zh-CN}, {@code en}, …), preferred when the
     *     language is unclear; or null
     * @return the transcript, or empty when no words were heard
     * @throws TranscriptionUnavailableException when the service cannot be reached or fails
     */
    Optional<Transcript> transcribe(AudioClip clip, String languageHint);
}
