package dev.rapport.chat;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a stored turn keeps of a photo the customer sent: enough to recognise it again and to say
 * what it was, never the picture. The bytes go to the model once and are not stored anywhere.
 *
 * @param sha256 lowercase hex SHA-256 of the upload as it arrived (after base64)
 * @param bytes  the upload's size in bytes
 * @param format the upload's real format (jpeg, png, webp, gif), read from its magic bytes
 * @param width  the upload's width in pixels, before any downscaling
 * @param height the upload's height in pixels
 */
public record PhotoReference(String sha256, long bytes, String format, int width, int height) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PhotoReference {
        Objects.requireNonNull(format, "format");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a photo reference needs a SHA-256 in lowercase hex");
        }
    }
}
