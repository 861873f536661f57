package dev.rapport.voice.audio;

import dev.rapport.problem.ProblemException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Validates a voice note from the cheapest check to the dearest; every refusal is a {@link ProblemException}
 * (400, 413, 415 or 422). Thread-safe; build once per container.
 */
public final class AudioInspector {

    /** Longest recording accepted. */
    public static final long MAX_DURATION_MILLIS = 60_000;
    /** Largest recording accepted: a minute of 128 kbit/s MP3 is under 1 MB; WAV at 16 kHz mono is ~1.9 MB. */
    public static final int MAX_BYTES = 6 * 1024 * 1024;

    private final AudioSniffer sniffer = new AudioSniffer();

    /** Validates {@code "audio":{"format":…,"data":…}}. */
    public AudioClip inspect(String declaredFormat, String base64Data) {
        AudioFormat declared = AudioFormat.fromDeclared(declaredFormat);
        if (base64Data == null || base64Data.isBlank()) {
            throw ProblemException.badRequest("audio-data-missing", "audio.data is required (base64)");
        }
        if (base64Data.length() > MAX_BYTES / 3 * 4 + 4) {
            throw ProblemException.payloadTooLarge("the recording is larger than the 6 MB limit");
        }
        return inspect(declared, decode(base64Data.strip()));
    }

    /**
     * Strict base64, standard or URL-safe: text that is not base64 is told so rather than decoded into
     * noise. Browsers' FileReader hands out data URLs and some clients wrap lines, so a
     * {@code data:…;base64,} prefix and whitespace are dropped first.
     */
    private static byte[] decode(String text) {
        String payload = text.regionMatches(true, 0, "data:", 0, 5) ? text.substring(text.indexOf(',') + 1) : text;
        if (payload.chars().anyMatch(Character::isWhitespace)) {
            payload = payload.replaceAll("\\s+", "");
        }
        boolean urlSafe = payload.indexOf('-') >= 0 || payload.indexOf('_') >= 0;
        try {
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(payload);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "audio-data-not-base64", "audio.data is not valid base64 (standard or URL-safe alphabet)");
        }
    }

    /**
     * The same checks for bytes that arrived without base64 (an upload): size, magic bytes, declared
     * against real format, then the length from the container's own headers. No sample is decoded.
     */
    public AudioClip inspect(AudioFormat declared, byte[] data) {
        if (data.length == 0) {
            throw ProblemException.badRequest("audio-empty", "the recording is empty");
        }
        if (data.length > MAX_BYTES) {
            throw ProblemException.payloadTooLarge("the recording is larger than the 6 MB limit");
        }
        AudioFormat actual = sniffer.sniff(data);
        sniffer.requireDeclared(declared, actual);
        long millis = durationMillis(actual, data);
        if (millis <= 0) {
            throw new AudioCursor(data, actual, 0).noAudio();
        }
        if (millis > MAX_DURATION_MILLIS) {
            throw ProblemException.unprocessable(
                    "audio-too-long",
                    "the recording lasts " + seconds(millis) + " s; a voice message may last at most "
                            + MAX_DURATION_MILLIS / 1000 + " s");
        }
        return new AudioClip(actual, data, millis, sha256(data));
    }

    private static long durationMillis(AudioFormat format, byte[] data) {
        return switch (format) {
            case OGG_OPUS -> new OggDuration().millis(data);
            case WEBM_OPUS -> new WebmDuration().millis(data);
            case MP3 -> new Mp3Duration().millis(data);
            case WAV -> new WavDuration().millis(data);
            case M4A -> new M4aDuration().millis(data);
        };
    }

    /** One decimal, so 60.4 s is not shown as "60 s" beside a 60 s limit. */
    private static String seconds(long millis) {
        return millis >= 1_000_000_000 ? "far more than 60" : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
