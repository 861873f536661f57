package dev.rapport.voice;

import dev.rapport.voice.audio.AudioClip;
import java.util.Optional;

/**
 * The offline stack's transcriber: there is none, and it says so rather than guess at words. Point
 * {@code TRANSCRIBE_ENDPOINT} at a Transcribe-compatible endpoint to transcribe locally.
 */
public final class NoTranscriber implements Transcriber {

    @Override
    public Optional<Transcript> transcribe(AudioClip clip, String languageHint) {
        throw TranscriptionUnavailableException.notConfigured();
    }
}
