package dev.rapport.inquiry.image;

import dev.rapport.problem.ProblemException;
import java.util.Locale;

/**
 * What the header says about an image, read before any pixel is decoded.
 *
 * @param width       the widest raster the decoder would allocate (long: PNG allows 2^31 - 1)
 * @param height      likewise
 * @param orientation how a camera asked for the pixels to be turned (JPEG EXIF only)
 * @param pixelsTheDataCanHold the most pixels the compressed data present could possibly expand to
 *                    (JPEG and PNG; unbounded for the others): a file claiming more is a bomb or cut
 */
public record ImageHeader(long width, long height, ExifOrientation orientation, long pixelsTheDataCanHold) {

    static final long UNBOUNDED = Long.MAX_VALUE;

    static ImageHeader read(ImageFormat format, byte[] data) {
        return switch (format) {
            case JPEG -> new JpegHeaderReader().read(data);
            case PNG -> new PngHeaderReader().read(data);
            case GIF -> new GifHeaderReader().read(data);
            case WEBP -> new WebpHeaderReader().read(data);
        };
    }

    /** Refuses a decompression bomb here, when it has cost a few header bytes and no raster. */
    void requireWithin(ImageLimits limits, ImageFormat format) {
        if (width <= 0 || height <= 0) {
            throw ProblemException.unprocessable(
                    "image-corrupt",
                    "the " + format.label() + " image declares no size (" + width + "×" + height + ")");
        }
        if (width > limits.maxEdge() || height > limits.maxEdge()) {
            throw ProblemException.unprocessable(
                    "image-dimensions-too-large",
                    "the image is " + width + "×" + height + " pixels; each side may be at most " + limits.maxEdge()
                            + " pixels");
        }
        if (width * height > limits.maxPixels()) {
            throw ProblemException.unprocessable(
                    "image-dimensions-too-large",
                    "the image is " + width + "×" + height
                            + " pixels (" + megapixels(width * height) + " megapixels); the limit is "
                            + megapixels(limits.maxPixels()) + " megapixels");
        }
    }

    /**
     * Refuses a file within the limits whose data is far too short for the size it claims, before a
     * decoder allocates a raster of up to 40 megapixels for it and fills it with nothing.
     */
    void requirePlausible(ImageFormat format) {
        if (width * height > pixelsTheDataCanHold) {
            throw ProblemException.unprocessable(
                    "image-corrupt",
                    "the " + format.label() + " image claims " + width + "×" + height
                            + " pixels but holds far too little data for that; it is damaged or cut off");
        }
    }

    private static String megapixels(long pixels) {
        return String.format(Locale.ROOT, "%.1f", pixels / 1_000_000.0);
    }
}
