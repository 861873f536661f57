package dev.rapport.voice.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Recordings built byte by byte where a real one would be too large to commit or cannot be made. */
public final class Synthesized {

    /** MPEG-2.5 layer III, 8 kbit/s, 8 kHz, mono: 72 bytes and 72 ms a frame. */
    private static final byte[] MP3_HEADER = {(byte) 0xFF, (byte) 0xE3, 0x18, (byte) 0xC0};

    private static final int MP3_FRAME_BYTES = 72;

    private Synthesized() {}

    public static byte[] mp3Frames(int count) {
        byte[] data = new byte[count * MP3_FRAME_BYTES];
        for (int i = 0; i < count; i++) {
            System.arraycopy(MP3_HEADER, 0, data, i * MP3_FRAME_BYTES, MP3_HEADER.length);
        }
        return data;
    }

    /** 8-bit mono PCM at {@code byteRate} samples a second, {@code dataBytes} of silence. */
    public static byte[] wav(int byteRate, int dataBytes) {
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(byteRate).putInt(byteRate).putShort((short) 1).putShort((short) 8);
        wav.put(ascii("data")).putInt(dataBytes);
        return wav.array();
    }

    /** ISO media boxes: {@code box("moov", box("mvhd", …))}. */
    static byte[] box(String type, byte[]... children) {
        int size = 8;
        for (byte[] child : children) {
            size += child.length;
        }
        ByteBuffer box = ByteBuffer.allocate(size).putInt(size).put(ascii(type));
        for (byte[] child : children) {
            box.put(child);
        }
        return box.array();
    }

    static byte[] ftypM4a() {
        return box("ftyp", ascii("M4A "), new byte[4], ascii("isom"));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
