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

    /** An Opus identification header: mono, 312 samples pre-skip, recorded at 48 kHz. */
    public static byte[] opusHead() {
        return ByteBuffer.allocate(19)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put("OpusHead".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1)
                .put((byte) 1)
                .putShort((short) 312)
                .putInt(48_000)
                .putShort((short) 0)
                .put((byte) 0)
                .array();
    }

    /**
     * {@code count} 20 ms Opus packets (hybrid, mono), each a TOC byte and {@code bytes - 1} bytes
     * that differ per packet: the audio a recorder's encoder would produce, not decodable sound.
     */
    public static byte[][] opusPackets(int count, int bytes) {
        byte[][] packets = new byte[count][bytes];
        for (int p = 0; p < count; p++) {
            packets[p][0] = 0x78;
            for (int i = 1; i < bytes; i++) {
                packets[p][i] = (byte) (p * 31 + i);
            }
        }
        return packets;
    }

    /**
     * A WebM file as Chrome's MediaRecorder writes it: EBML header, a Segment and a Cluster of unknown
     * size (a live recording), one Opus track whose CodecPrivate is the OpusHead, one SimpleBlock per packet.
     */
    public static byte[] webm(byte[][] packets) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(element(0x1A45DFA3, element(0x4282, "webm".getBytes(StandardCharsets.US_ASCII))));
        out.writeBytes(new byte[] {0x18, 0x53, (byte) 0x80, 0x67, 0x01, -1, -1, -1, -1, -1, -1, -1});
        out.writeBytes(element(0x1549A966, element(0x2AD7B1, new byte[] {0x0F, 0x42, 0x40})));
        byte[] track = concat(
                element(0xD7, new byte[] {1}),
                element(0x86, "A_OPUS".getBytes(StandardCharsets.US_ASCII)),
                element(0x63A2, opusHead()));
        out.writeBytes(element(0x1654AE6B, element(0xAE, track)));
        out.writeBytes(new byte[] {0x1F, 0x43, (byte) 0xB6, 0x75, 0x01, -1, -1, -1, -1, -1, -1, -1});
        out.writeBytes(element(0xE7, new byte[] {0}));
        for (int i = 0; i < packets.length; i++) {
            byte[] block =
                    concat(new byte[] {(byte) 0x81, (byte) (i * 20 >> 8), (byte) (i * 20), (byte) 0x80}, packets[i]);
            out.writeBytes(element(0xA3, block));
        }
        return out.toByteArray();
    }

    private static byte[] element(int id, byte[] body) {
        byte[] idBytes = java.math.BigInteger.valueOf(id).toByteArray();
        idBytes = idBytes[0] == 0 ? java.util.Arrays.copyOfRange(idBytes, 1, idBytes.length) : idBytes;
        // Sizes as 4-byte variable-size integers (marker 0x10), large enough for any test body.
        byte[] size = ByteBuffer.allocate(4).putInt(0x10000000 | body.length).array();
        return concat(idBytes, size, body);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * A long MP3: the audio frames of the 2 s, 44.1 kHz mono tone recording (its Info frame left out)
     * repeated {@code times} times, each repetition about 2.04 s. Real frames, so it decodes.
     */
    public static byte[] longMp3(int times) {
        byte[] mp3 = resource("tone-440-mono-44k.mp3");
        int first = 10 + ((mp3[6] & 0x7F) << 21 | (mp3[7] & 0x7F) << 14 | (mp3[8] & 0x7F) << 7 | mp3[9] & 0x7F);
        int audio = first + frameLength(mp3, first); // after the Info frame
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            out.write(mp3, audio, mp3.length - audio);
        }
        return out.toByteArray();
    }

    /**
     * A long fragmented M4A, as Safari's MediaRecorder writes: the header and first fragment of the
     * 2 s, 48 kHz mono tone recording, then its fragments ({@code moof} and {@code mdat}) again
     * {@code times - 1} more times, each repetition about 2.03 s.
     */
    public static byte[] longM4a(int times) {
        byte[] m4a = resource("tone-1k-mono-48k-fragmented.m4a");
        int fragments = 0;
        for (int at = 0; at + 8 <= m4a.length; ) {
            int size = ByteBuffer.wrap(m4a, at, 4).getInt();
            if (new String(m4a, at + 4, 4, StandardCharsets.US_ASCII).equals("moof")) {
                fragments = at;
                break;
            }
            at += size;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(m4a, 0, m4a.length);
        for (int i = 1; i < times; i++) {
            out.write(m4a, fragments, m4a.length - fragments);
        }
        return out.toByteArray();
    }

    private static int frameLength(byte[] mp3, int at) {
        int bitrate =
                new int[] {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}[(mp3[at + 2] & 0xFF) >> 4];
        return 144_000 * bitrate / 44_100 + ((mp3[at + 2] >> 1) & 1);
    }

    private static byte[] resource(String name) {
        try (java.io.InputStream in = TestAudio.class.getResourceAsStream("/voice/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String base64(byte[] audio) {
        return Base64.getEncoder().encodeToString(audio);
    }
}
