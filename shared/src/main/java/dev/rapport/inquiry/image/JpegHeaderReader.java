package dev.rapport.inquiry.image;

/**
 * Walks the JPEG marker segments to the frame header (SOFn) for the size, picking up the EXIF
 * orientation on the way, then makes sure the end-of-image marker is there: the JDK decoder paints
 * a cut-off JPEG grey without complaint, so truncation has to be caught here.
 */
final class JpegHeaderReader {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    private static final long PIXELS_PER_BYTE_AT_MOST = 2048;

    ImageHeader read(byte[] data) {
        ByteCursor in = new ByteCursor(data, ImageFormat.JPEG, 2);
        ExifOrientation orientation = ExifOrientation.NORMAL;
        long width = -1;
        long height = -1;
        while (true) {
            if (in.u8() != 0xFF) {
                throw in.corrupt("a marker was expected and not found");
            }
            int marker;
            do {
                marker = in.u8(); // 0xFF fill bytes may pad before a marker
            } while (marker == 0xFF);
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                continue; // markers without a length
            }
            if (marker == EOI) {
                throw in.corrupt("it ends before any image data");
            }
            int length = in.u16be();
            if (length < 2) {
                throw in.corrupt("a segment has an impossible length");
            }
            int start = in.position();
            if (isStartOfFrame(marker)) {
                in.u8(); // sample precision
                height = in.u16be();
                width = in.u16be();
            } else if (marker == APP1 && width < 0) {
                orientation = ExifOrientation.fromApp1(data, start, length - 2, orientation);
            } else if (marker == SOS) {
                if (width < 0) {
                    throw in.corrupt("image data starts before the frame header");
                }
                requireEndOfImage(data, in);
                // Even a one-colour progressive JPEG spends a bit or more per 8×8 block (about 500
                // pixels a byte); 2048 pixels a byte leaves a wide margin for real photos.
                long scanBytes = data.length - (long) start;
                return new ImageHeader(width, height, orientation, scanBytes * PIXELS_PER_BYTE_AT_MOST);
            }
            in.seek(start + (long) length - 2);
        }
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Entropy-coded data stuffs every 0xFF with 0x00, so FF D9 can only be the real end marker. */
    private static void requireEndOfImage(byte[] data, ByteCursor in) {
        for (int i = data.length - 2; i >= in.position(); i--) {
            if (data[i] == (byte) 0xFF && data[i + 1] == (byte) EOI) {
                return;
            }
        }
        throw in.truncated();
    }
}
