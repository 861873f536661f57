package dev.rapport.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Recordings for voice tests, built byte by byte so every field is known. */
public final class TestAudio {

    public static final int SAMPLE_RATE = 16_000;

    private TestAudio() {}

    /**
     * A 16-bit mono PCM WAV file of a quiet 440 Hz tone; each recording made with another {@code seed}
     * differs, so their hashes do.
     */
    public static byte[] wav(int millis, int seed) {
        int samples = SAMPLE_RATE * millis / 1000;
        ByteBuffer wav = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * samples);
        wav.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1);
        wav.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (seed + 2000 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE)));
        }
        return wav.array();
    }

    public static String base64(byte[] audio) {
        return Base64.getEncoder().encodeToString(audio);
    }
}
