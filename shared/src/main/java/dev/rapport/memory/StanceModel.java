package dev.rapport.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small learned classifier: does a clause state a stance of the customer's, and which way does it
 * point? Multinomial logistic regression over {@link StanceFeatures}, trained on the memory tuning sets
 * (never on a held-out set) by {@code StanceModelTraining}; the weights ship as a resource, so reading a
 * clause costs a few map look-ups and no model call.
 */
final class StanceModel {

    static final String RESOURCE = "/dev/rapport/memory/stance-model.tsv";

    /** The classes in the order of the weights' columns: no stance first, then each polarity. */
    static final List<Optional<Polarity>> CLASSES = List.of(
            Optional.empty(),
            Optional.of(Polarity.LIKES),
            Optional.of(Polarity.AVOIDS),
            Optional.of(Polarity.REQUIRES));

    private final Map<String, double[]> weights;

    StanceModel(Map<String, double[]> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The model shipped with Rapport. */
    static StanceModel shipped() {
        return Shipped.MODEL;
    }

    /** The most likely reading of a clause, and how likely it is. */
    Reading read(String clause) {
        double[] scores = scores(StanceFeatures.of(clause));
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            best = scores[c] > scores[best] ? c : best;
        }
        return new Reading(CLASSES.get(best), scores[best]);
    }

    /** The probability of each class, softmax over the summed weights of the features present. */
    double[] scores(List<String> features) {
        double[] sums = new double[CLASSES.size()];
        for (String feature : features) {
            double[] w = weights.get(feature);
            if (w != null) {
                for (int c = 0; c < sums.length; c++) {
                    sums[c] += w[c];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : sums) {
            max = Math.max(max, s);
        }
        double total = 0;
        for (int c = 0; c < sums.length; c++) {
            sums[c] = StrictMath.exp(sums[c] - max);
            total += sums[c];
        }
        for (int c = 0; c < sums.length; c++) {
            sums[c] /= total;
        }
        return sums;
    }

    /** @param polarity empty when the clause states no stance */
    record Reading(Optional<Polarity> polarity, double probability) {}

    static StanceModel parse(InputStream tsv) {
        Map<String, double[]> weights = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                String[] cells = line.split("\t");
                double[] w = new double[CLASSES.size()];
                for (int c = 0; c < w.length; c++) {
                    w[c] = Double.parseDouble(cells[c + 1]);
                }
                weights.put(cells[0], w);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StanceModel(weights);
    }

    private static final class Shipped {
        static final StanceModel MODEL =
                parse(Objects.requireNonNull(StanceModel.class.getResourceAsStream(RESOURCE), RESOURCE));
    }
}
