package dev.rapport.voice.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.stream.Stream;

/** The real recordings under {@code src/test/resources/voice} (how they were made: the README there). */
public final class Recordings {

    private Recordings() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Recordings.class.getResourceAsStream("/voice/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every short recording, one per format and variant: the ones cut, damaged and fuzzed. */
    public static Stream<String> shortOnes() {
        return Stream.of(
                "tone-3s.ogg",
                "tone-3s.webm",
                "tone-3s-live.webm",
                "tone-3s.mp3",
                "tone-1.5s.wav",
                "tone-3s.m4a",
                "tone-3s-fragmented.m4a");
    }

    /** The format a client would declare for the file: its extension. */
    public static String declaredFormat(String file) {
        return file.substring(file.lastIndexOf('.') + 1);
    }

    static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }
}
