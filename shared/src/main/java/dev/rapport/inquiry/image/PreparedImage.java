package dev.rapport.inquiry.image;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A photo ready to send to the model: re-encoded, shrunk, with no metadata. The original bytes are
 * not kept; only their SHA-256 (to spot a resend) and size remain.
 *
 * @param format           JPEG, or PNG when transparency is really used; not necessarily what was sent
 * @param bytes            the re-encoded image (copied in and out, so the record stays immutable)
 * @param sha256OfOriginal lowercase hex of the decoded upload
 * @param originalSize     the decoded upload's size in bytes
 */
public record PreparedImage(
        ImageFormat format,
        byte[] bytes,
        int width,
        int height,
        String sha256OfOriginal,
        long originalSize,
        ImageFacts facts) {

    public PreparedImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String mediaType() {
        return format.mediaType();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreparedImage that
                && format == that.format
                && Arrays.equals(bytes, that.bytes)
                && width == that.width
                && height == that.height
                && sha256OfOriginal.equals(that.sha256OfOriginal)
                && originalSize == that.originalSize
                && facts.equals(that.facts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + sha256OfOriginal.hashCode();
    }

    /** Never prints the bytes: this may end up in a log line. */
    @Override
    public String toString() {
        return "PreparedImage[" + format.wireName() + " " + width + "×" + height + ", " + bytes.length
                + " bytes, original " + originalSize + " bytes sha256 " + sha256OfOriginal + "]";
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
