package dev.rapport.inquiry.image;

/** Reads IHDR, then walks the chunk lengths to IEND so a cut-off file is caught without inflating it. */
final class PngHeaderReader {

    ImageHeader read(byte[] data) {
        ByteCursor in = new ByteCursor(data, ImageFormat.PNG, 8);
        long ihdrLength = in.u32be();
        if (!"IHDR".equals(in.fourCc()) || ihdrLength != 13) {
            throw in.corrupt("it does not start with an IHDR chunk");
        }
        long width = in.u32be();
        long height = in.u32be();
        in.skip(5 + 4); // bit depth, colour type, compression, filter, interlace; CRC
        boolean sawData = false;
        while (true) {
            long length = in.u32be();
            String type = in.fourCc();
            if ("IEND".equals(type)) {
                in.skip(4); // its CRC: without it the file was cut, however little
                break;
            }
            sawData |= "IDAT".equals(type);
            if (length > Integer.MAX_VALUE) {
                throw in.corrupt("a chunk claims " + length + " bytes");
            }
            in.skip(length + 4);
        }
        if (!sawData) {
            throw in.corrupt("it holds no image data");
        }
        return new ImageHeader(width, height, ExifOrientation.NORMAL);
    }
}
