package dev.rapport.memory;

import dev.rapport.memory.EvalConversation.Fact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The evaluation figures, accumulated conversation by conversation, with the misses listed. */
final class EvalReport {

    int conversations;
    int added;
    int correct;
    int kept;
    int recalled;
    int toSupersede;
    int superseded;
    int toForget;
    int forgotten;
    int toStayCurrent;
    int stayedCurrent;
    int sensitiveWithoutConsent;
    int instructionsStored;
    int mustNotStored;
    int instructionMessages;
    int instructionsDetected;
    int probes;
    int probeHits;
    int retriesThatChanged;
    final List<String> notes = new ArrayList<>();

    void add(EvalConversation c, MemoryEvaluation.Outcome outcome) {
        conversations++;
        retriesThatChanged += outcome.retriesThatChanged();
        instructionMessages += c.instructions();
        instructionsDetected += Math.min(c.instructions(), outcome.instructionMessages());
        Set<Fact> seen = new HashSet<>();
        for (Memory memory : outcome.added()) {
            if (c.optional().stream().anyMatch(f -> f.matches(memory))) {
                continue;
            }
            added++;
            Fact fact = c.kept().stream()
                    .filter(f -> f.matches(memory) && !seen.contains(f))
                    .findFirst()
                    .orElse(null);
            if (fact != null) {
                seen.add(fact);
                correct++;
            } else {
                notes.add(c.id() + ": wrongly stored " + memory.slot() + " = " + memory.statement());
            }
            if (memory.sensitive() && !c.consent().sensitiveAllowed()) {
                sensitiveWithoutConsent++;
            }
            for (Fact forbidden : c.mustNot()) {
                if (forbidden.matches(memory)) {
                    mustNotStored++;
                    instructionsStored += "instruction".equals(forbidden.why()) ? 1 : 0;
                }
            }
        }
        for (Fact fact : c.kept()) {
            kept++;
            boolean everAdded = outcome.added().stream().anyMatch(fact::matches);
            recalled += everAdded ? 1 : 0;
            if (!everAdded) {
                notes.add(c.id() + ": missed " + describe(fact));
            }
            MemoryBook book = outcome.book();
            boolean current = book.current().stream().anyMatch(fact::matches);
            boolean inHistory = book.history().stream().anyMatch(fact::matches);
            if (fact.ends("superseded")) {
                toSupersede++;
                superseded += inHistory && !current ? 1 : 0;
            } else if (fact.ends("forgotten") && everAdded) {
                toForget++;
                forgotten += !current && !inHistory ? 1 : 0;
            } else if (fact.ends("current")) {
                toStayCurrent++;
                stayedCurrent += current ? 1 : 0;
            }
        }
        for (Fact fact : c.facts()) {
            if (!c.keeps(fact) && outcome.added().stream().anyMatch(fact::matches) && fact.sensitive()) {
                sensitiveWithoutConsent++;
            }
        }
        if (c.probe() != null) {
            probes++;
            boolean hit = c.probe().expect().stream()
                    .allMatch(f -> outcome.probeSelection().stream().anyMatch(f::matches));
            probeHits += hit ? 1 : 0;
            if (!hit) {
                notes.add(c.id() + ": probe \"" + c.probe().message() + "\" selected "
                        + outcome.probeSelection().stream()
                                .map(Memory::statement)
                                .toList());
            }
        }
    }

    double precision() {
        return ratio(correct, added);
    }

    double recall() {
        return ratio(recalled, kept);
    }

    double supersedeAccuracy() {
        return ratio(superseded, toSupersede);
    }

    double forgetAccuracy() {
        return ratio(forgotten, toForget);
    }

    double currentAccuracy() {
        return ratio(stayedCurrent, toStayCurrent);
    }

    double probeHitRate() {
        return ratio(probeHits, probes);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Memory evaluation: %d conversations%n", conversations));
        row(out, "extraction precision", precision(), correct + "/" + added);
        row(out, "extraction recall", recall(), recalled + "/" + kept);
        row(out, "supersede accuracy", supersedeAccuracy(), superseded + "/" + toSupersede);
        row(out, "forget accuracy", forgetAccuracy(), forgotten + "/" + toForget);
        row(out, "current at the end", currentAccuracy(), stayedCurrent + "/" + toStayCurrent);
        row(out, "probe: right memory selected", probeHitRate(), probeHits + "/" + probes);
        row(
                out,
                "instruction messages flagged",
                ratio(instructionsDetected, instructionMessages),
                instructionsDetected + "/" + instructionMessages);
        out.append(
                String.format(Locale.ROOT, "%-32s %8d%n", "sensitive stored without consent", sensitiveWithoutConsent));
        out.append(String.format(Locale.ROOT, "%-32s %8d%n", "instructions stored", instructionsStored));
        out.append(String.format(Locale.ROOT, "%-32s %8d%n", "must-not facts stored", mustNotStored));
        out.append(String.format(Locale.ROOT, "%-32s %8d%n", "retried turns that changed", retriesThatChanged));
        notes.forEach(n -> out.append("  - ").append(n).append(System.lineSeparator()));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, double value, String counts) {
        out.append(String.format(Locale.ROOT, "%-32s %8.3f  (%s)%n", name, value, counts));
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }

    private static String describe(Fact fact) {
        return fact.slot()
                + (fact.value() == null ? "" : " = " + fact.value())
                + (fact.keywords() == null ? "" : " " + fact.keywords());
    }
}
