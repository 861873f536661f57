package dev.rapport.speech.decode;

/**
 * Decoded audio as Transcribe streaming takes it with {@code MediaEncoding} {@code pcm}.
 *
 * @param data 16-bit signed little-endian mono samples
 */
public record Pcm(byte[] data, int sampleRate) {

    /** Transcribe's recommended rate, and a third of the bytes of 48 kHz for the same words. */
    public static final int RATE = 16_000;

    public long millis() {
        return data.length / 2 * 1000L / sampleRate;
    }
}
