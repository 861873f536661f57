package dev.rapport.inquiry.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Real image files made on the spot, so every fixture is a file a decoder really accepts. */
public final class TestImages {

    public static final double GPS_LATITUDE = 31.2304; // Shanghai, written as 31° 13' 49.44"
    public static final byte[] GPS_LATITUDE_ENTRY = {0x00, 0x02, 0x00, 0x05, 0x00, 0x00, 0x00, 0x03};
    public static final String XMP_NAMESPACE = "http://ns.adobe.com/xap/1.0/";
    public static final String COMMENT = "shot at 88 Century Avenue";

    private TestImages() {}

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static BufferedImage solid(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Mostly red, with a white strip and a little blue, like a product shot on a studio floor. */
    public static BufferedImage mostlyRed(int width, int height) {
        BufferedImage image = solid(width, height, 0xC8102E);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, height * 3 / 4, width, height / 4);
        g.setColor(new Color(0x1F4FBF));
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    /** Gradients plus per-pixel noise, so a JPEG of it is about as big as a real photo's. */
    public static BufferedImage photoLike(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = clamp(60 + 150 * x / width + random.nextInt(41) - 20);
                int g = clamp(40 + 120 * y / height + random.nextInt(41) - 20);
                int b = clamp(90 + (int) (60 * Math.sin((x + y) / 180.0)) + random.nextInt(41) - 20);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    public static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    /** A GIF89a with two frames: red then blue. Only the first may reach the model. */
    public static byte[] animatedGif() {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int rgb : new int[] {0xD01010, 0x1030D0}) {
                BufferedImage frame = solid(48, 32, rgb);
                IIOMetadata metadata =
                        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "50");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose IHDR claims width × height, followed by a tiny IDAT and IEND: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 2)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0xDA, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * Inserts after SOI an EXIF APP1 (orientation plus a GPS IFD with latitude/longitude), an XMP
     * APP1 and a COM comment: what a phone photo carries that must never leave with it.
     */
    public static byte[] withExifGpsXmpAndComment(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200); // big-endian, as "MM" says
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries (orientation, GPS IFD pointer), then "no next IFD".
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4; // 38
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        // GPS IFD: four entries, then the two RATIONAL[3] values after it.
        int values = gpsIfd + 2 + 4 * 12 + 4; // 92
        tiff.putShort((short) 4);
        tiff.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.put(GPS_LATITUDE_ENTRY).putInt(values);
        tiff.putShort((short) 3)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'E')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(values + 24);
        tiff.putInt(0);
        tiff.putInt(31).putInt(1).putInt(13).putInt(1).putInt(4944).putInt(100); // 31° 13' 49.44"
        tiff.putInt(121).putInt(1).putInt(28).putInt(1).putInt(2724).putInt(100); // 121° 28' 27.24"
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffBytes));
        segment(
                out,
                0xE1,
                concat(
                        (XMP_NAMESPACE + "\0").getBytes(StandardCharsets.ISO_8859_1),
                        ("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description exif:GPSLatitude='31,13.824N'/>"
                                        + "</rdf:RDF></x:xmpmeta>")
                                .getBytes(StandardCharsets.UTF_8)));
        segment(out, 0xFE, COMMENT.getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
        out.write(0xFF);
        out.write(marker);
        out.write((body.length + 2) >> 8);
        out.write((body.length + 2) & 0xFF);
        out.writeBytes(body);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
