package dev.rapport.inquiry.image;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dev.rapport.problem.ProblemException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Decodes with the JDK's ImageIO (JPEG, PNG, GIF) and TwelveMonkeys' pure-Java WebP reader. */
public final class ImageIoDecoder implements ImageDecoder {

    static {
        // Lambda's only writable disk is a small /tmp shared by every invocation; keep caches in memory.
        ImageIO.setUseCache(false);
    }

    @Override
    public BufferedImage decode(byte[] data, ImageFormat format, ImageLimits limits) {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(data)) {
            // Metadata is ignored: it is never needed and is exactly what must not leak.
            reader.setInput(in, true, true);
            // The reader's own idea of the size is checked too, in case it disagrees with our header walk.
            ImageHeader decoderView = new ImageHeader(
                    reader.getWidth(0), reader.getHeight(0), ExifOrientation.NORMAL, ImageHeader.UNBOUNDED);
            decoderView.requireWithin(limits, format);
            return reader.read(0);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders throw a zoo of runtime exceptions on damaged input; all of them are the client's 4xx.
            throw ProblemException.unprocessable(
                    "image-undecodable",
                    "the " + format.label()
                            + " image could not be decoded; it may be damaged"
                            + (format == ImageFormat.JPEG ? " or use an encoding we cannot read, such as CMYK" : ""));
        } finally {
            reader.dispose();
        }
    }

    /**
     * The WebP reader is created directly rather than found through the service registry, which a
     * shaded Lambda jar can lose when service files are not merged.
     */
    private static ImageReader readerFor(ImageFormat format) {
        try {
            if (format == ImageFormat.WEBP) {
                return new WebPImageReaderSpi().createReaderInstance();
            }
        } catch (IOException e) {
            throw new IllegalStateException("WebP reader unavailable", e);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.wireName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }
}
