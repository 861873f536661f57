package dev.rapport.inquiry.image;

/**
 * The limits a photo is held to.
 *
 * @param maxBytes      decoded payload size; 3.75 MB is Bedrock's per-image limit, so anything larger
 *                      could never be sent on as it came
 * @param maxPixels     width × height declared in the header; caps the decoded raster (4 bytes a pixel)
 *                      so a small file cannot claim gigabytes of memory
 * @param maxEdge       the longest side accepted, which also stops very thin images whose pixel
 *                      count passes but whose rows would not
 * @param targetLongEdge the long edge of the prepared image; 1568 px is the size vision models use
 *                      without resizing again, so larger images only cost latency and tokens
 */
public record ImageLimits(long maxBytes, long maxPixels, int maxEdge, int targetLongEdge) {

    public static final long DEFAULT_MAX_BYTES = 3_932_160L; // 3.75 MB (MiB-based, as Bedrock counts)
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;
    public static final int DEFAULT_MAX_EDGE = 16_384;
    public static final int DEFAULT_TARGET_LONG_EDGE = 1568;

    public ImageLimits {
        if (maxBytes <= 0 || maxPixels <= 0 || maxEdge <= 0 || targetLongEdge <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    public static ImageLimits defaults() {
        return new ImageLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, DEFAULT_MAX_EDGE, DEFAULT_TARGET_LONG_EDGE);
    }

    public ImageLimits withMaxBytes(long bytes) {
        return new ImageLimits(bytes, maxPixels, maxEdge, targetLongEdge);
    }

    public ImageLimits withTargetLongEdge(int edge) {
        return new ImageLimits(maxBytes, maxPixels, maxEdge, edge);
    }
}
