package dev.rapport.inquiry.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes fresh pixels with no metadata at all: EXIF (GPS, camera serials), XMP, comments and
 * embedded profiles exist only in the original bytes and are simply never copied. JPEG for photos;
 * PNG only when transparency is really used, since a JPEG of a photo is many times smaller.
 */
final class Reencoder {

    static {
        ImageIO.setUseCache(false);
    }

    private final float jpegQuality;

    Reencoder(float jpegQuality) {
        this.jpegQuality = jpegQuality;
    }

    /** An encoded image; kept package-private because only {@link PreparedImage} leaves the package. */
    record Encoded(ImageFormat format, byte[] bytes, BufferedImage pixels) {}

    Encoded encode(BufferedImage image, long maxBytes) {
        if (usesTransparency(image)) {
            byte[] png = write(image, "png", null);
            if (png.length <= maxBytes) {
                return new Encoded(ImageFormat.PNG, png, image);
            }
            // A noisy transparent image can be too big as PNG; a photo on white is still useful.
        }
        BufferedImage opaque = opaque(image);
        return new Encoded(ImageFormat.JPEG, write(opaque, "jpeg", jpegQuality), opaque);
    }

    private static boolean usesTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JPEG has no alpha (the JDK writer refuses ARGB rasters), so transparency is flattened onto white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] write(BufferedImage image, String format, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory image encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
