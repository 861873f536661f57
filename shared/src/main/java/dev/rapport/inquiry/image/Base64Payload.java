package dev.rapport.inquiry.image;

import dev.rapport.problem.ProblemException;
import java.util.Base64;

/**
 * Turns the request's base64 text into bytes, refusing an oversized payload from its length alone so
 * that a 50 MB string is never decoded into a 37 MB array only to be thrown away.
 */
final class Base64Payload {

    private final long maxBytes;

    Base64Payload(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] decode(String data) {
        if (data == null || data.isBlank()) {
            throw ProblemException.badRequest("image-missing", "image.data is required: the image as base64");
        }
        String text = stripDataUrlPrefix(data);
        if (needsCleaning(text)) {
            text = text.replaceAll("\\s+", "");
        }
        long size = decodedLength(text);
        if (size > maxBytes) {
            throw ProblemException.payloadTooLarge(
                    "the image is " + new Megabytes(size) + "; the limit is " + new Megabytes(maxBytes));
        }
        // One alphabet per payload: a mix of '+' and '-' is garbage, and the URL decoder refuses '+'.
        boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
        try {
            byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
            if (bytes.length == 0) {
                throw notBase64();
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw notBase64();
        }
    }

    /** Browsers' FileReader hands out data URLs; the prefix says nothing we trust, so it is dropped. */
    private static String stripDataUrlPrefix(String data) {
        if (data.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = data.indexOf(',');
            int marker = data.indexOf(";base64");
            if (comma > 0 && marker > 0 && marker < comma && comma < 200) {
                return data.substring(comma + 1);
            }
        }
        return data;
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static long decodedLength(String text) {
        int length = text.length();
        int padding = 0;
        while (padding < 2 && length - padding > 0 && text.charAt(length - padding - 1) == '=') {
            padding++;
        }
        int significant = length - padding;
        if (significant % 4 == 1) {
            throw notBase64();
        }
        return significant / 4L * 3 + Math.max(0, significant % 4 - 1);
    }

    private static ProblemException notBase64() {
        return ProblemException.badRequest(
                "image-not-base64", "image.data is not valid base64 (standard or URL-safe alphabet)");
    }
}
