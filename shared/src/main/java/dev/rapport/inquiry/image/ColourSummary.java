package dev.rapport.inquiry.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Counts the named colours of a prepared image. A grid of at most ~65k samples is plenty for
 * shares rounded to a percent and keeps the cost flat whatever the size.
 */
final class ColourSummary {

    private static final int MAX_SAMPLES = 65_536;
    private static final double MIN_SHARE = 0.05;

    List<ColourShare> dominant(BufferedImage image, int top) {
        int width = image.getWidth();
        int height = image.getHeight();
        int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / MAX_SAMPLES)));
        NamedColour[] names = NamedColour.values();
        long[] counts = new long[names.length];
        long[][] sums = new long[names.length][3];
        long total = 0;
        int[] row = new int[width];
        for (int y = step / 2; y < height; y += step) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = step / 2; x < width; x += step) {
                int argb = row[x];
                if (argb >>> 24 < 0x80) {
                    continue; // transparent pixels are background, not the product
                }
                int index = NamedColour.of(argb).ordinal();
                counts[index]++;
                sums[index][0] += argb >> 16 & 0xFF;
                sums[index][1] += argb >> 8 & 0xFF;
                sums[index][2] += argb & 0xFF;
                total++;
            }
        }
        List<ColourShare> shares = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (total > 0 && counts[i] >= MIN_SHARE * total) {
                double share = Math.round(counts[i] * 100.0 / total) / 100.0;
                String hex = String.format(
                        Locale.ROOT,
                        "#%02x%02x%02x",
                        sums[i][0] / counts[i],
                        sums[i][1] / counts[i],
                        sums[i][2] / counts[i]);
                shares.add(new ColourShare(names[i], share, hex));
            }
        }
        shares.sort(Comparator.comparingDouble(ColourShare::share).reversed());
        return List.copyOf(shares.subList(0, Math.min(top, shares.size())));
    }
}
