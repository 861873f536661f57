package dev.rapport.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Figures of one run over a preference set, overall and per language. */
final class PreferenceReport {

    /** Counters of one slice (all, English, Chinese). */
    static final class Slice {
        int positives;
        int stored;
        int used;
        int items;
        int itemsStored;
        int strengthRight;
        int negatives;
        int negativesClean;
        int memories;
        int rightMemories;
        int wrongPolarity;

        double storedRate() {
            return ratio(stored, positives);
        }

        double usedRate() {
            return ratio(used, positives);
        }

        double precision() {
            return ratio(rightMemories, memories);
        }
    }

    final String set;
    final String path;
    final Slice all = new Slice();
    final Slice english = new Slice();
    final Slice chinese = new Slice();
    int sensitiveCases;
    int sensitiveWithoutConsent;
    final List<String> misses = new ArrayList<>();

    PreferenceReport(String set, String path) {
        this.set = set;
        this.path = path;
    }

    List<Slice> slicesOf(PreferenceCase c) {
        return List.of(all, "zh".equals(c.lang()) ? chinese : english);
    }

    String table() {
        StringBuilder out = new StringBuilder("\n" + set + " (" + path + ", real chat path)\n");
        out.append(String.format(Locale.ROOT, "%-44s %-18s %-18s %-18s%n", "measure", "all", "English", "Chinese"));
        row(out, "relevant memory stored (all items)", s -> fraction(s.stored, s.positives));
        row(out, "memory used in a new session", s -> fraction(s.used, s.positives));
        row(out, "precision (stored memories that are right)", s -> fraction(s.rightMemories, s.memories));
        row(out, "items stored", s -> fraction(s.itemsStored, s.items));
        row(out, "strength right (of items stored)", s -> fraction(s.strengthRight, s.itemsStored));
        row(out, "negatives that stored nothing", s -> fraction(s.negativesClean, s.negatives));
        row(
                out,
                "wrong memories: right object, other polarity",
                s -> fraction(s.wrongPolarity, s.memories - s.rightMemories));
        out.append(String.format(
                Locale.ROOT,
                "sensitive statements stored without consent: %d of %d%n",
                sensitiveWithoutConsent,
                sensitiveCases));
        return out.toString();
    }

    private void row(StringBuilder out, String name, java.util.function.Function<Slice, String> figure) {
        out.append(String.format(
                Locale.ROOT,
                "%-44s %-18s %-18s %-18s%n",
                name,
                figure.apply(all),
                figure.apply(english),
                figure.apply(chinese)));
    }

    private static String fraction(int part, int whole) {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", ratio(part, whole), part, whole);
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
