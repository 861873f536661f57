package dev.rapport.inquiry.image;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation tag. Phones store pixels as the sensor saw them and ask viewers to turn them;
 * re-encoding drops the tag with the rest of EXIF, so the turn is applied to the pixels instead.
 */
public enum ExifOrientation {
    NORMAL,
    MIRROR_HORIZONTAL,
    ROTATE_180,
    MIRROR_VERTICAL,
    TRANSPOSE,
    ROTATE_90_CW,
    TRANSVERSE,
    ROTATE_270_CW;

    private static final int ORIENTATION_TAG = 0x0112;

    static ExifOrientation fromTag(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /**
     * Reads the tag from an APP1 segment's body if it is EXIF; anything odd leaves the orientation as
     * it was, because a damaged EXIF block must not cost the customer their photo.
     */
    static ExifOrientation fromApp1(byte[] data, int start, int length, ExifOrientation fallback) {
        int end = Math.min(data.length, start + length);
        if (length < 14
                || end - start < 14
                || !"Exif\0\0".equals(new String(data, start, 6, StandardCharsets.ISO_8859_1))) {
            return fallback;
        }
        int tiff = start + 6;
        boolean little;
        if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
            little = true;
        } else if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
            little = false;
        } else {
            return fallback;
        }
        long ifd = tiff + u32(data, tiff + 4, little);
        if (ifd + 2 > end) {
            return fallback;
        }
        int entries = u16(data, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return fallback;
            }
            if (u16(data, entry, little) == ORIENTATION_TAG) {
                return fromTag(u16(data, entry + 8, little));
            }
        }
        return fallback;
    }

    /** Turns a small (already downscaled) image; a plain pixel copy is exact and cheap at that size. */
    BufferedImage apply(BufferedImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] source = image.getRGB(0, 0, w, h, null, 0, w);
        int outWidth = swapsSides() ? h : w;
        int outHeight = swapsSides() ? w : h;
        int[] target = new int[source.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (this) {
                    case MIRROR_HORIZONTAL -> {
                        tx = w - 1 - x;
                        ty = y;
                    }
                    case ROTATE_180 -> {
                        tx = w - 1 - x;
                        ty = h - 1 - y;
                    }
                    case MIRROR_VERTICAL -> {
                        tx = x;
                        ty = h - 1 - y;
                    }
                    case TRANSPOSE -> {
                        tx = y;
                        ty = x;
                    }
                    case ROTATE_90_CW -> {
                        tx = h - 1 - y;
                        ty = x;
                    }
                    case TRANSVERSE -> {
                        tx = h - 1 - y;
                        ty = w - 1 - x;
                    }
                    case ROTATE_270_CW -> {
                        tx = y;
                        ty = w - 1 - x;
                    }
                    default -> {
                        tx = x;
                        ty = y;
                    }
                }
                target[ty * outWidth + tx] = source[y * w + x];
            }
        }
        BufferedImage turned = new BufferedImage(outWidth, outHeight, image.getType());
        turned.setRGB(0, 0, outWidth, outHeight, target, 0, outWidth);
        return turned;
    }

    private static int u16(byte[] data, int at, boolean little) {
        int a = data[at] & 0xFF;
        int b = data[at + 1] & 0xFF;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] data, int at, boolean little) {
        long a = u16(data, at, little);
        long b = u16(data, at + 2, little);
        return little ? a | b << 16 : a << 16 | b;
    }
}
