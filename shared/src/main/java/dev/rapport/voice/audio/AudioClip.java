package dev.rapport.voice.audio;

/**
 * A voice note that passed every check: its real format, its length and the hash the stored turn keeps
 * in place of the audio.
 *
 * @param data the recording itself, for the transcriber only; never stored
 * @param sha256 hex digest of {@code data}
 */
public record AudioClip(AudioFormat format, byte[] data, long durationMillis, String sha256) {

    /** What a stored turn keeps of the recording. */
    public AudioReference reference() {
        return new AudioReference(sha256, durationMillis, format.wireName());
    }

    /** A stored turn's reference to the voice note it came from: never the audio. */
    public record AudioReference(String sha256, long durationMillis, String format) {}
}
