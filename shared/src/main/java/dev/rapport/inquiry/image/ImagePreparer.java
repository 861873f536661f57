package dev.rapport.inquiry.image;

import dev.rapport.problem.ProblemException;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The photo inquiry's image core: validates the upload from the cheapest check to the dearest, then
 * decodes, shrinks, turns upright and re-encodes it without metadata, and notes what can be seen
 * without a model. Every refusal is a {@link ProblemException} (400, 413, 415 or 422).
 *
 * <p>Thread-safe and cheap to build once per Lambda container.
 */
public final class ImagePreparer {

    private static final float JPEG_QUALITY = 0.85f;

    private final ImageLimits limits;
    private final ImageDecoder decoder;
    private final Base64Payload payload;
    private final FormatSniffer sniffer = new FormatSniffer();
    private final Downscaler downscaler = new Downscaler();
    private final Reencoder reencoder = new Reencoder(JPEG_QUALITY);

    public ImagePreparer() {
        this(ImageLimits.defaults(), new ImageIoDecoder());
    }

    public ImagePreparer(ImageLimits limits) {
        this(limits, new ImageIoDecoder());
    }

    public ImagePreparer(ImageLimits limits, ImageDecoder decoder) {
        this.limits = limits;
        this.decoder = decoder;
        this.payload = new Base64Payload(limits.maxBytes());
    }

    public ImageLimits limits() {
        return limits;
    }

    /** Validates and prepares {@code "image":{"format":…,"data":…}}. */
    public PreparedImage prepare(String declaredFormat, String base64Data) {
        return prepare(validate(declaredFormat, base64Data));
    }

    /** Every check short of decoding, cheapest first; nothing here allocates more than the payload. */
    public ValidatedImage validate(String declaredFormat, String base64Data) {
        ImageFormat declared = ImageFormat.fromDeclared(declaredFormat);
        return validate(declared, payload.decode(base64Data));
    }

    /** The same checks for bytes that arrived without base64 (e.g. a multipart upload). */
    public ValidatedImage validate(ImageFormat declared, byte[] data) {
        if (data.length > limits.maxBytes()) {
            throw ProblemException.payloadTooLarge("the image is " + new Megabytes(data.length) + "; the limit is "
                    + new Megabytes(limits.maxBytes()));
        }
        ImageFormat actual = sniffer.sniff(data);
        sniffer.requireDeclared(declared, actual);
        ImageHeader header = ImageHeader.read(actual, data);
        header.requireWithin(limits, actual);
        header.requirePlausible(actual);
        return new ValidatedImage(actual, header, data);
    }

    /** Decodes and re-encodes; the validated bytes are wiped afterwards, so each can be prepared once. */
    public PreparedImage prepare(ValidatedImage image) {
        byte[] raw = image.rawBytes();
        String sha256 = PreparedImage.sha256Hex(raw);
        BufferedImage pixels = decoder.decode(raw, image.format(), limits);
        // Reassigning drops the full-size raster as soon as the small copy exists.
        pixels = downscaler.fit(pixels, limits.targetLongEdge());
        pixels = image.header().orientation().apply(pixels);
        Reencoder.Encoded encoded = reencoder.encode(pixels, limits.maxBytes());
        int width = encoded.pixels().getWidth();
        int height = encoded.pixels().getHeight();
        ImageFacts facts = ImageFacts.of(encoded.pixels(), encoded.bytes().length);
        PreparedImage prepared =
                new PreparedImage(encoded.format(), encoded.bytes(), width, height, sha256, raw.length, facts);
        // The upload is never kept: its only copy in this package is wiped once prepared.
        Arrays.fill(raw, (byte) 0);
        return prepared;
    }
}
