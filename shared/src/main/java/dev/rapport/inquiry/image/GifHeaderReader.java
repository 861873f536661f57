package dev.rapport.inquiry.image;

/**
 * Reads the logical screen and the first frame's descriptor, and walks the first frame's data blocks:
 * only the first frame is ever shown to the model, so later frames are neither sized nor required.
 */
final class GifHeaderReader {

    ImageHeader read(byte[] data) {
        ByteCursor in = new ByteCursor(data, ImageFormat.GIF, 6);
        int screenWidth = in.u16le();
        int screenHeight = in.u16le();
        int packed = in.u8();
        in.skip(2); // background colour index, pixel aspect ratio
        skipColourTable(in, packed);
        while (true) {
            int block = in.u8();
            switch (block) {
                case 0x21 -> {
                    in.u8(); // extension label
                    skipSubBlocks(in);
                }
                case 0x2C -> {
                    int left = in.u16le();
                    int top = in.u16le();
                    int frameWidth = in.u16le();
                    int frameHeight = in.u16le();
                    skipColourTable(in, in.u8());
                    in.u8(); // LZW minimum code size
                    skipSubBlocks(in);
                    // A decoder may allocate for the frame or for the screen it is drawn on, so both are limited.
                    return new ImageHeader(
                            Math.max(screenWidth, left + frameWidth),
                            Math.max(screenHeight, top + frameHeight),
                            ExifOrientation.NORMAL,
                            ImageHeader.UNBOUNDED);
                }
                case 0x3B -> throw in.corrupt("it holds no frame");
                default -> throw in.corrupt("an unknown block was found");
            }
        }
    }

    private static void skipColourTable(ByteCursor in, int packed) {
        if ((packed & 0x80) != 0) {
            in.skip(3L * (1 << ((packed & 0x07) + 1)));
        }
    }

    private static void skipSubBlocks(ByteCursor in) {
        int size;
        while ((size = in.u8()) != 0) {
            in.skip(size);
        }
    }
}
