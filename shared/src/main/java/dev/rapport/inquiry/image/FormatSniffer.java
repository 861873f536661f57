package dev.rapport.inquiry.image;

import dev.rapport.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what the bytes really are from their first bytes, never from what the client declared: the
 * declared format only has to agree. Formats we do not take are named, so the customer learns to
 * send a JPEG rather than guess.
 */
final class FormatSniffer {

    ImageFormat sniff(byte[] data) {
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return ImageFormat.JPEG;
        }
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ImageFormat.PNG;
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
            return ImageFormat.WEBP;
        }
        if (startsWith(data, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(data, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return ImageFormat.GIF;
        }
        String other = unsupportedName(data);
        if (other != null) {
            throw ProblemException.unsupportedMediaType(
                    "unsupported-image-format",
                    "the image is " + other + ", which is not accepted; send a JPEG, PNG, WebP or GIF");
        }
        throw ProblemException.unsupportedMediaType(
                "unsupported-image-format", "the data is not a recognised image; send a JPEG, PNG, WebP or GIF");
    }

    void requireDeclared(ImageFormat declared, ImageFormat actual) {
        if (declared != actual) {
            throw ProblemException.unprocessable(
                    "image-format-mismatch",
                    "image.format says " + declared.wireName() + " but the data is a " + actual.label() + " image");
        }
    }

    private static String unsupportedName(byte[] data) {
        if (startsWith(data, 0, 'I', 'I', 0x2A, 0x00)
                || startsWith(data, 0, 'M', 'M', 0x00, 0x2A)
                || startsWith(data, 0, 'I', 'I', 0x2B, 0x00)
                || startsWith(data, 0, 'M', 'M', 0x00, 0x2B)) {
            return "TIFF";
        }
        if (startsWith(data, 0, 'B', 'M')) {
            return "BMP";
        }
        if (startsWith(data, 4, 'f', 't', 'y', 'p')) {
            String brand = ascii(data, 8, 4);
            if (brand.startsWith("avi")) {
                return "AVIF";
            }
            if (brand.startsWith("hei")
                    || brand.startsWith("hev")
                    || brand.startsWith("mif")
                    || brand.startsWith("msf")) {
                return "HEIC/HEIF";
            }
            return null;
        }
        if (startsWith(data, 0, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(data, 0, 0x00, 0x00, 0x01, 0x00)) {
            return "ICO";
        }
        if (startsWith(data, 0, 0xFF, 0x0A) || startsWith(data, 12, 'J', 'X', 'L', ' ')) {
            return "JPEG XL";
        }
        if (startsWith(data, 0, 0x00, 0x00, 0x00, 0x0C, 'j', 'P', ' ', ' ')) {
            return "JPEG 2000";
        }
        if (looksLikeSvg(data)) {
            // Named apart from "unknown" because SVG is a document that can carry scripts, not a photo.
            return "SVG (XML text that can carry scripts)";
        }
        return null;
    }

    private static boolean looksLikeSvg(byte[] data) {
        int offset = startsWith(data, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String head = ascii(data, offset, Math.min(1024, data.length - offset))
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<?xml")
                || head.startsWith("<svg")
                || head.startsWith("<!doctype svg")
                || head.startsWith("<!--") && head.contains("<svg");
    }

    private static String ascii(byte[] data, int offset, int length) {
        if (offset < 0 || length <= 0 || offset + length > data.length) {
            return "";
        }
        return new String(data, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
