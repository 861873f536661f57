package dev.rapport.inquiry.image;

import dev.rapport.problem.ProblemException;

/** Bounds-checked reads over the raw bytes; running off the end means the file was cut short. */
final class ByteCursor {

    private final byte[] data;
    private final ImageFormat format;
    private int position;

    ByteCursor(byte[] data, ImageFormat format, int position) {
        this.data = data;
        this.format = format;
        this.position = position;
    }

    int position() {
        return position;
    }

    int remaining() {
        return data.length - position;
    }

    void seek(long newPosition) {
        if (newPosition < 0 || newPosition > data.length) {
            throw truncated();
        }
        position = (int) newPosition;
    }

    void skip(long count) {
        seek(position + count);
    }

    int u8() {
        require(1);
        return data[position++] & 0xFF;
    }

    int u16be() {
        require(2);
        int value = (data[position] & 0xFF) << 8 | data[position + 1] & 0xFF;
        position += 2;
        return value;
    }

    int u16le() {
        require(2);
        int value = data[position] & 0xFF | (data[position + 1] & 0xFF) << 8;
        position += 2;
        return value;
    }

    int u24le() {
        return u16le() | u8() << 16;
    }

    long u32be() {
        return (long) u16be() << 16 | u16be();
    }

    long u32le() {
        return u16le() | (long) u16le() << 16;
    }

    String fourCc() {
        require(4);
        String value = new String(data, position, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        position += 4;
        return value;
    }

    private void require(int count) {
        if (position + count > data.length) {
            throw truncated();
        }
    }

    ProblemException truncated() {
        return ProblemException.unprocessable(
                "image-truncated",
                "the " + format.label() + " image ends early after " + data.length
                        + " bytes; it looks cut off, please send it again");
    }

    ProblemException corrupt(String what) {
        return ProblemException.unprocessable("image-corrupt", "the " + format.label() + " image is damaged: " + what);
    }
}
