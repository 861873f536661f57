package dev.rapport.inquiry.image;

import java.awt.image.BufferedImage;

/**
 * Turns validated bytes into pixels. A seam so tests can prove that a refused image never reaches
 * the expensive part.
 */
public interface ImageDecoder {

    /** Decodes the first frame; the header has already passed the limits. */
    BufferedImage decode(byte[] data, ImageFormat format, ImageLimits limits);
}
