package dev.rapport.memory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains {@link StanceModel} on the tuning sets, clause by clause: a clause holding an expected memory's
 * words is labelled with its polarity, every other clause (and every clause of a statement that must
 * store nothing) as no stance. Deterministic, so the shipped weights can be checked against a fresh run.
 * The held-out sets are never read here. Run {@link #main} to write the resource after a tuning set changes.
 */
final class StanceModelTraining {

    /** What the model learns from: the tuning sets, the held-out sets retired to tuning, and sets written for it. */
    static final List<String> SETS = List.of(
            PreferenceEvaluation.TUNING,
            PreferenceEvaluation.HELD_OUT_2,
            PreferenceEvaluation.HELD_OUT_3,
            "/memory-eval/tuning-written-1.jsonl",
            "/memory-eval/tuning-written-2.jsonl",
            "/memory-eval/tuning-written-3.jsonl",
            "/memory-eval/tuning-written-4.jsonl",
            "/memory-eval/tuning-written-5.jsonl",
            "/memory-eval/tuning-written-6.jsonl");

    private static final int EPOCHS = 30;
    private static final double RATE = 0.1;
    private static final double DECAY = 1e-4;
    /** Features seen fewer times say little and cost jar bytes in every function. */
    private static final int MIN_COUNT = 4;

    record Example(String clause, int label) {}

    private StanceModelTraining() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "shared/src/main/resources" + StanceModel.RESOURCE);
        Files.writeString(out, render(train(examples(SETS))), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static List<Example> examples(List<String> sets) {
        List<Example> examples = new ArrayList<>();
        for (String set : sets) {
            for (PreferenceCase c : PreferenceEvaluation.load(set)) {
                int before = 0;
                for (Clause clause : Clauses.of(c.statement())) {
                    int label = label(clause.text(), c);
                    // A bare verdict after the clause naming the thing ("velvet, hard pass") points the same way.
                    if (label == 0 && before != 0 && LearnedStances.bare(clause.text())) {
                        label = before;
                    }
                    examples.add(new Example(clause.text(), label));
                    before = label;
                }
            }
        }
        return examples;
    }

    private static int label(String clause, PreferenceCase c) {
        String text = clause.toLowerCase(Locale.ROOT);
        for (PreferenceCase.Expected e : c.expect()) {
            if (e.match().stream().anyMatch(word -> text.contains(word.toLowerCase(Locale.ROOT)))) {
                return StanceModel.CLASSES.indexOf(
                        Optional.of(Polarity.valueOf(e.polarity().toUpperCase(Locale.ROOT))));
            }
        }
        return 0;
    }

    static Map<String, double[]> train(List<Example> examples) {
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(e -> StanceFeatures.of(e.clause()).forEach(f -> counts.merge(f, 1, Integer::sum)));
        Map<String, double[]> weights = new TreeMap<>();
        counts.forEach((f, n) -> {
            if (n >= MIN_COUNT) {
                weights.put(f, new double[StanceModel.CLASSES.size()]);
            }
        });
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(19);
        // The model's map holds the same arrays, so it scores with the weights as they are updated.
        StanceModel model = new StanceModel(weights);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            double rate = RATE / (1 + epoch * 0.1);
            for (Example e : order) {
                List<String> features = StanceFeatures.of(e.clause()).stream()
                        .filter(weights::containsKey)
                        .toList();
                double[] p = model.scores(features);
                for (String f : features) {
                    double[] w = weights.get(f);
                    for (int c = 0; c < w.length; c++) {
                        w[c] += rate * ((c == e.label() ? 1 : 0) - p[c]) - rate * DECAY * w[c];
                    }
                }
            }
        }
        return weights;
    }

    static String render(Map<String, double[]> weights) {
        StringBuilder tsv = new StringBuilder("# feature\tnone\tlikes\tavoids\trequires\n");
        new TreeMap<>(weights).forEach((f, w) -> {
            double[] rounded = java.util.Arrays.stream(w)
                    .map(x -> Math.round(x * 100) / 100.0)
                    .toArray();
            if (java.util.Arrays.stream(rounded).anyMatch(x -> x != 0)) {
                tsv.append(f);
                for (double x : rounded) {
                    tsv.append('\t').append(x);
                }
                tsv.append('\n');
            }
        });
        return tsv.toString();
    }
}
