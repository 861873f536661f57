package dev.rapport.inquiry.image;

/** Reads the canvas size from the first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended). */
final class WebpHeaderReader {

    ImageHeader read(byte[] data) {
        ByteCursor in = new ByteCursor(data, ImageFormat.WEBP, 4);
        long riffSize = in.u32le();
        if (riffSize + 8 > data.length) {
            throw in.truncated();
        }
        in.skip(4); // "WEBP"
        String chunk = in.fourCc();
        long chunkSize = in.u32le();
        if (chunkSize > in.remaining()) {
            throw in.truncated();
        }
        return switch (chunk) {
            case "VP8 " -> {
                in.skip(3); // frame tag
                if (in.u8() != 0x9D || in.u8() != 0x01 || in.u8() != 0x2A) {
                    throw in.corrupt("the VP8 start code is missing");
                }
                yield header(in.u16le() & 0x3FFF, in.u16le() & 0x3FFF);
            }
            case "VP8L" -> {
                if (in.u8() != 0x2F) {
                    throw in.corrupt("the VP8L signature is missing");
                }
                long bits = in.u32le();
                yield header((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> {
                in.skip(4); // flags and reserved bits
                yield header(in.u24le() + 1L, in.u24le() + 1L);
            }
            default -> throw in.corrupt("its first chunk is " + chunk.strip() + ", not VP8, VP8L or VP8X");
        };
    }

    private static ImageHeader header(long width, long height) {
        return new ImageHeader(width, height, ExifOrientation.NORMAL, ImageHeader.UNBOUNDED);
    }
}
