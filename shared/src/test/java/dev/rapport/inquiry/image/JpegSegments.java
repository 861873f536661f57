package dev.rapport.inquiry.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An independent reading of JPEG header segments for the tests: it checks that a fixture really
 * carries GPS and that a prepared image really does not, without trusting the code under test.
 */
public record JpegSegments(List<Segment> segments) {

    public record Segment(int marker, byte[] body) {
        public boolean isExif() {
            return marker == 0xE1 && startsWith("Exif\0\0");
        }

        public boolean isXmp() {
            return marker == 0xE1 && startsWith(TestImages.XMP_NAMESPACE);
        }

        private boolean startsWith(String prefix) {
            return body.length >= prefix.length()
                    && new String(body, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
        }
    }

    /** The segments before the first scan. */
    public static JpegSegments of(byte[] jpeg) {
        List<Segment> segments = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            byte[] body = java.util.Arrays.copyOfRange(jpeg, at + 4, at + 2 + length);
            segments.add(new Segment(marker, body));
            if (marker == 0xDA) {
                break;
            }
            at += 2 + length;
        }
        return new JpegSegments(List.copyOf(segments));
    }

    /** Follows IFD0's GPS pointer to GPSLatitude and returns it in degrees, if there is one. */
    public OptionalDouble gpsLatitude() {
        for (Segment segment : segments) {
            if (!segment.isExif()) {
                continue;
            }
            ByteBuffer tiff = ByteBuffer.wrap(segment.body(), 6, segment.body().length - 6)
                    .slice();
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int gps = entryValue(tiff, tiff.getInt(4), 0x8825);
            if (gps < 0) {
                continue;
            }
            int latitude = entryValue(tiff, gps, 0x0002);
            if (latitude < 0) {
                continue;
            }
            double degrees = 0;
            double unit = 1;
            for (int i = 0; i < 3; i++) {
                degrees += (double) tiff.getInt(latitude + i * 8) / tiff.getInt(latitude + i * 8 + 4) / unit;
                unit *= 60;
            }
            return OptionalDouble.of(degrees);
        }
        return OptionalDouble.empty();
    }

    private static int entryValue(ByteBuffer tiff, int ifd, int tag) {
        int count = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int entry = ifd + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == tag) {
                return tiff.getInt(entry + 8);
            }
        }
        return -1;
    }
}
