package dev.rapport.inquiry.image;

import dev.rapport.problem.ProblemException;
import java.util.Locale;

/** The image formats a photo inquiry may carry; all four are ones the production model accepts. */
public enum ImageFormat {
    JPEG("jpeg", "JPEG", "image/jpeg"),
    PNG("png", "PNG", "image/png"),
    WEBP("webp", "WebP", "image/webp"),
    GIF("gif", "GIF", "image/gif");

    private final String wireName;
    private final String label;
    private final String mediaType;

    ImageFormat(String wireName, String label, String mediaType) {
        this.wireName = wireName;
        this.label = label;
        this.mediaType = mediaType;
    }

    /** The name used in requests ({@code "image":{"format":"jpeg"}}) and by ImageIO. */
    public String wireName() {
        return wireName;
    }

    /** The name a person reads in a problem detail. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * Parses the declared format. "jpg" and media types are accepted because clients commonly send
     * them, and refusing a photo over spelling helps nobody.
     */
    public static ImageFormat fromDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            throw ProblemException.badRequest(
                    "image-format-missing", "image.format is required: one of jpeg, png, webp, gif");
        }
        String name = declared.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("image/")) {
            name = name.substring("image/".length());
        }
        return switch (name) {
            case "jpeg", "jpg" -> JPEG;
            case "png" -> PNG;
            case "webp" -> WEBP;
            case "gif" -> GIF;
            default ->
                throw ProblemException.unsupportedMediaType(
                        "unsupported-image-format", "image.format must be one of jpeg, png, webp, gif");
        };
    }
}
