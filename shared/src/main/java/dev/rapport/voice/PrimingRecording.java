package dev.rapport.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A quarter second of 16 kHz 16-bit mono silence as a WAV file, made in memory: what a SnapStart
 * priming turn checks as its recording, so no audio file ships with the function.
 */
final class PrimingRecording {

    private static final int SAMPLE_RATE = 16_000;
    private static final int SAMPLES = SAMPLE_RATE / 4;

    private PrimingRecording() {}

    static String base64() {
        ByteBuffer wav = ByteBuffer.allocate(44 + 2 * SAMPLES).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + 2 * SAMPLES).put(ascii("WAVE"));
        // fmt: PCM, mono, the rate, bytes a second, 2-byte frames, 16 bits a sample.
        wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put(ascii("data")).putInt(2 * SAMPLES);
        return Base64.getEncoder().encodeToString(wav.array());
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }
}
