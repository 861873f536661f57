package dev.rapport.voice.audio;

import dev.rapport.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Validates a voice note from the cheapest check to the dearest; every refusal is a {@link ProblemException}
 * (400, 413, 415 or 422). Thread-safe; build once per container.
 */
public final class AudioInspector {

    /** Longest recording accepted. */
    public static final long MAX_DURATION_MILLIS = 60_000;
    /** Largest recording accepted: a minute of 128 kbit/s MP3 is under 1 MB; WAV at 16 kHz mono is ~1.9 MB. */
    public static final int MAX_BYTES = 6 * 1024 * 1024;

    /** Validates {@code "audio":{"format":…,"data":…}}. */
    public AudioClip inspect(String declaredFormat, String base64Data) {
        AudioFormat declared = AudioFormat.fromDeclared(declaredFormat);
        if (base64Data == null || base64Data.isBlank()) {
            throw ProblemException.badRequest("audio-data-missing", "audio.data is required (base64)");
        }
        if (base64Data.length() > MAX_BYTES / 3 * 4 + 4) {
            throw ProblemException.payloadTooLarge("the recording is larger than the 6 MB limit");
        }
        byte[] data;
        try {
            data = Base64.getMimeDecoder().decode(base64Data.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("audio-data-not-base64", "audio.data is not valid base64");
        }
        return inspect(declared, data);
    }

    /** The same checks for bytes that arrived without base64 (an upload). */
    public AudioClip inspect(AudioFormat declared, byte[] data) {
        if (data.length > MAX_BYTES) {
            throw ProblemException.payloadTooLarge("the recording is larger than the 6 MB limit");
        }
        // Placeholder until the container readers land: the declared format is trusted, the length unknown.
        return new AudioClip(declared, data, 0, sha256(data));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
