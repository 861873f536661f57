package dev.rapport.voice.audio;

import dev.rapport.problem.ProblemException;
import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reads over a recording; running off the end means the file was cut short. Lengths
 * read from the file are longs and compared with what is left before any seek, so a box or element
 * claiming gigabytes is refused, never trusted.
 */
final class AudioCursor {

    private final byte[] data;
    private final AudioFormat format;
    private int position;

    AudioCursor(byte[] data, AudioFormat format, int position) {
        this.data = data;
        this.format = format;
        this.position = position;
    }

    int position() {
        return position;
    }

    int length() {
        return data.length;
    }

    int remaining() {
        return data.length - position;
    }

    boolean atEnd() {
        return position >= data.length;
    }

    void seek(long newPosition) {
        if (newPosition < 0 || newPosition > data.length) {
            throw truncated();
        }
        position = (int) newPosition;
    }

    void skip(long count) {
        if (count < 0) {
            throw corrupt("a length is negative");
        }
        seek(position + count);
    }

    int u8() {
        require(1);
        return data[position++] & 0xFF;
    }

    int u16be() {
        return u8() << 8 | u8();
    }

    int u16le() {
        return u8() | u8() << 8;
    }

    long u32be() {
        return (long) u16be() << 16 | u16be();
    }

    long u32le() {
        return u16le() | (long) u16le() << 16;
    }

    long u64be() {
        return u32be() << 32 | u32be();
    }

    long u64le() {
        return u32le() | u32le() << 32;
    }

    String ascii(int count) {
        require(count);
        String value = new String(data, position, count, StandardCharsets.ISO_8859_1);
        position += count;
        return value;
    }

    private void require(int count) {
        if (count > remaining()) {
            throw truncated();
        }
    }

    /**
     * A length in milliseconds from a count of units and the units per second a header declares;
     * absurd values saturate (and are then refused as too long) instead of overflowing.
     */
    long millis(long units, long perSecond) {
        if (perSecond <= 0) {
            throw corrupt("it declares a time scale of " + perSecond);
        }
        if (units < 0) {
            throw corrupt("it declares a negative length");
        }
        return Math.round(units * 1000.0 / perSecond);
    }

    ProblemException truncated() {
        return ProblemException.unprocessable(
                "audio-truncated",
                "the " + format.label() + " recording ends early after " + data.length
                        + " bytes; it looks cut off, please record it again");
    }

    /** A recording whose container holds no audio at all: as good as cut off before the first sound. */
    ProblemException noAudio() {
        return ProblemException.unprocessable(
                "audio-truncated", "the " + format.label() + " recording holds no audio; please record it again");
    }

    ProblemException corrupt(String what) {
        return ProblemException.unprocessable(
                "audio-corrupt", "the " + format.label() + " recording is damaged: " + what);
    }
}
