package dev.rapport.inquiry.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * What can be said about a photo without a vision model: honest, cheap facts the offline engine may
 * use and the catalog can later be matched on. It describes the prepared image, not the original.
 *
 * @param dominantColours up to three colours covering at least 5 % each, largest first
 */
public record ImageFacts(
        int width, int height, long bytes, ImageShape shape, double aspectRatio, List<ColourShare> dominantColours) {

    public ImageFacts {
        dominantColours = List.copyOf(dominantColours);
    }

    private static final int DOMINANT_COLOURS = 3;

    /** The facts of decoded pixels that are {@code bytes} long when encoded. */
    static ImageFacts of(BufferedImage pixels, long bytes) {
        int width = pixels.getWidth();
        int height = pixels.getHeight();
        return new ImageFacts(
                width,
                height,
                bytes,
                ImageShape.of(width, height),
                Math.round(width * 100.0 / height) / 100.0,
                new ColourSummary().dominant(pixels, DOMINANT_COLOURS));
    }

    /**
     * Reads the facts back from an image this package prepared (a JPEG or PNG of at most the target
     * size), for a model adapter that only receives the bytes. Empty when the bytes do not decode.
     * Not for uploads: those go through {@link ImagePreparer}, which checks them before decoding.
     */
    public static Optional<ImageFacts> read(byte[] prepared) {
        try {
            BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(prepared));
            return pixels == null ? Optional.empty() : Optional.of(of(pixels, prepared.length));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A one-line description, in Chinese for {@code zh*} locales and English otherwise. */
    public String describe(String locale) {
        boolean chinese = locale != null && locale.toLowerCase(Locale.ROOT).startsWith("zh");
        if (chinese) {
            String colours = dominantColours.stream()
                    .map(c -> c.colour().chinese() + "色 " + percent(c.share()))
                    .collect(Collectors.joining("，"));
            return shape.chinese() + " " + width + "×" + height + (colours.isEmpty() ? "" : "；主要颜色：" + colours);
        }
        String colours = dominantColours.stream()
                .map(c -> c.colour().english() + " " + percent(c.share()))
                .collect(Collectors.joining(", "));
        return shape.english() + " " + width + "×" + height + (colours.isEmpty() ? "" : "; main colours: " + colours);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
