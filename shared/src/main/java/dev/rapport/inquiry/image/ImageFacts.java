package dev.rapport.inquiry.image;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What can be said about a photo without a vision model: honest, cheap facts the offline engine may
 * use and the catalog can later be matched on. It describes the prepared image, not the original.
 *
 * @param dominantColours up to three colours covering at least 5 % each, largest first
 */
public record ImageFacts(int width, int height, long bytes, ImageShape shape, double aspectRatio,
                         List<ColourShare> dominantColours) {

    public ImageFacts {
        dominantColours = List.copyOf(dominantColours);
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
