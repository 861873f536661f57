package dev.rapport.inquiry.image;

/**
 * Bytes that passed every check that can be made without decoding: base64, size, real format equal
 * to the declared one, a complete file, and a header within the pixel limits.
 */
public record ValidatedImage(ImageFormat format, ImageHeader header, byte[] bytes) {

    public ValidatedImage {
        bytes = bytes.clone();
    }

    /** Not copied out: only the preparer in this package reads it, and a 3.75 MB copy is waste. */
    byte[] rawBytes() {
        return bytes;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "ValidatedImage[" + format.wireName() + " " + header.width() + "×" + header.height() + ", "
                + bytes.length + " bytes]";
    }
}
