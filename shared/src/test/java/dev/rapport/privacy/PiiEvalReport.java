package dev.rapport.privacy;

import dev.rapport.privacy.PiiCorpus.Snippet;
import dev.rapport.privacy.detect.PiiSpan;
import dev.rapport.privacy.detect.PiiType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Precision and recall per type and overall, the near-miss snippets touched, and every miss listed. */
final class PiiEvalReport {

    private static final class Tally {
        int tp;
        int fp;
        int fn;
    }

    private final Map<String, Tally> byType = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    int snippets;
    int chinese;
    int english;
    int nearMisses;
    int nearMissesTouched;

    private final List<String> unlabelled = new ArrayList<>();

    PiiEvalReport() {
        this(List.of(
                PiiType.EMAIL, PiiType.PHONE, PiiType.CN_ID, PiiType.BANK_CARD, PiiType.PASSPORT, PiiType.ADDRESS));
    }

    PiiEvalReport(List<PiiType> types) {
        types.forEach(type -> byType.put(type.name(), new Tally()));
    }

    /** A detection of a type the snippet's file is not labelled for: listed, not scored. */
    void unlabelled(String note) {
        unlabelled.add(note);
    }

    int unlabelledCount() {
        return unlabelled.size();
    }

    void snippet(Snippet snippet, List<PiiSpan> found) {
        snippets++;
        chinese += "zh".equals(snippet.lang()) ? 1 : 0;
        english += "en".equals(snippet.lang()) ? 1 : 0;
        if (snippet.nearMiss()) {
            nearMisses++;
            nearMissesTouched += found.isEmpty() ? 0 : 1;
        }
    }

    void truePositive(String type) {
        tally(type).tp++;
    }

    void falseNegative(String type, String note) {
        tally(type).fn++;
        notes.add(note);
    }

    void falsePositive(String type, String note) {
        tally(type).fp++;
        notes.add(note);
    }

    double precision(String type) {
        Tally t = tally(type);
        return ratio(t.tp, t.tp + t.fp);
    }

    double recall(String type) {
        Tally t = tally(type);
        return ratio(t.tp, t.tp + t.fn);
    }

    double precision() {
        return ratio(sum(t -> t.tp), sum(t -> t.tp) + sum(t -> t.fp));
    }

    double recall() {
        return ratio(sum(t -> t.tp), sum(t -> t.tp) + sum(t -> t.fn));
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "PII corpus: %d snippets (%d Chinese, %d English), %d near misses%n",
                snippets,
                chinese,
                english,
                nearMisses));
        out.append(String.format(
                Locale.ROOT,
                "%-10s %9s %9s %9s %5s %5s %5s%n",
                "type",
                "expected",
                "precision",
                "recall",
                "tp",
                "fp",
                "fn"));
        byType.forEach((type, t) -> out.append(String.format(
                Locale.ROOT,
                "%-10s %9d %9.3f %9.3f %5d %5d %5d%n",
                type,
                t.tp + t.fn,
                precision(type),
                recall(type),
                t.tp,
                t.fp,
                t.fn)));
        out.append(String.format(
                Locale.ROOT,
                "%-10s %9d %9.3f %9.3f %5d %5d %5d%n",
                "overall",
                sum(t -> t.tp) + sum(t -> t.fn),
                precision(),
                recall(),
                sum(t -> t.tp),
                sum(t -> t.fp),
                sum(t -> t.fn)));
        out.append(String.format(Locale.ROOT, "near-miss snippets changed: %d of %d%n", nearMissesTouched, nearMisses));
        notes.forEach(n -> out.append("  - ").append(n).append(System.lineSeparator()));
        if (!unlabelled.isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "names and messaging ids found in files not labelled for them: %d%n",
                    unlabelled.size()));
            unlabelled.forEach(n -> out.append("  ? ").append(n).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private Tally tally(String type) {
        return byType.computeIfAbsent(type, t -> new Tally());
    }

    private int sum(java.util.function.ToIntFunction<Tally> f) {
        return byType.values().stream().mapToInt(f).sum();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }
}
