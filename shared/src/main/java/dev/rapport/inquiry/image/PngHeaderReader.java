package dev.rapport.inquiry.image;

/** Reads IHDR, then walks the chunk lengths to IEND so a cut-off file is caught without inflating it. */
final class PngHeaderReader {

    private static final long MAX_DEFLATE_RATIO = 1032;
    private static final long SLACK_BYTES = 4096;

    ImageHeader read(byte[] data) {
        ByteCursor in = new ByteCursor(data, ImageFormat.PNG, 8);
        long ihdrLength = in.u32be();
        if (!"IHDR".equals(in.fourCc()) || ihdrLength != 13) {
            throw in.corrupt("it does not start with an IHDR chunk");
        }
        long width = in.u32be();
        long height = in.u32be();
        int bitDepth = in.u8();
        int colourType = in.u8();
        in.skip(3 + 4); // compression, filter, interlace; CRC
        long compressed = 0;
        while (true) {
            long length = in.u32be();
            String type = in.fourCc();
            if ("IEND".equals(type)) {
                in.skip(4); // its CRC: without it the file was cut, however little
                break;
            }
            if ("IDAT".equals(type)) {
                compressed += length;
            }
            if (length > Integer.MAX_VALUE) {
                throw in.corrupt("a chunk claims " + length + " bytes");
            }
            in.skip(length + 4);
        }
        if (compressed == 0) {
            throw in.corrupt("it holds no image data");
        }
        // Deflate expands at most 1032-fold, so the IDAT bytes bound the pixels they can hold.
        long bitsPerPixel = (long) channels(colourType) * Math.max(1, bitDepth);
        long rawBytes = compressed * MAX_DEFLATE_RATIO + SLACK_BYTES;
        return new ImageHeader(width, height, ExifOrientation.NORMAL, rawBytes * 8 / bitsPerPixel);
    }

    private static int channels(int colourType) {
        return switch (colourType) {
            case 2 -> 3; // RGB
            case 4 -> 2; // grey and alpha
            case 6 -> 4; // RGBA
            default -> 1; // grey, palette
        };
    }
}
