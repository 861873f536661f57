package dev.rapport.privacy;

import dev.rapport.privacy.PiiCorpus.Expected;
import dev.rapport.privacy.PiiCorpus.Snippet;
import dev.rapport.privacy.detect.PiiSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the labelled corpus through the detectors and scores every span: a detection is right when
 * it has the expected type and the same boundaries (addresses, whose ends are a matter of taste
 * — with or without ", London" — need an overlap of at least half of their union).
 */
public final class PiiEvaluation {

    private final PiiRedactor redactor = new PiiRedactor();

    public static void main(String[] args) {
        System.out.println(new PiiEvaluation().run().table());
        System.out.println(RedactionTiming.measure(PiiCorpus.load()));
    }

    PiiEvalReport run() {
        PiiEvalReport report = new PiiEvalReport();
        for (Snippet snippet : PiiCorpus.load()) {
            score(snippet, redactor.detect(snippet.text()), report);
        }
        return report;
    }

    private static void score(Snippet snippet, List<PiiSpan> found, PiiEvalReport report) {
        report.snippet(snippet, found);
        List<PiiSpan> unmatched = new ArrayList<>(found);
        for (Expected expected : snippet.spans()) {
            PiiSpan hit = unmatched.stream().filter(f -> matches(expected, f)).findFirst().orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                report.truePositive(expected.type());
            } else {
                report.falseNegative(expected.type(), snippet.id() + ": missed " + expected.type() + " \""
                        + expected.text() + "\"" + describe(snippet.text(), found));
            }
        }
        for (PiiSpan extra : unmatched) {
            report.falsePositive(extra.type().name(), snippet.id() + ": wrongly " + extra.type() + " \""
                    + snippet.text().substring(extra.start(), extra.end()) + "\" in: " + snippet.text());
        }
    }

    static boolean matches(Expected expected, PiiSpan found) {
        if (!expected.type().equals(found.type().name())) {
            return false;
        }
        if (!"ADDRESS".equals(expected.type())) {
            return expected.start() == found.start() && expected.end() == found.end();
        }
        int overlap = Math.min(expected.end(), found.end()) - Math.max(expected.start(), found.start());
        int union = Math.max(expected.end(), found.end()) - Math.min(expected.start(), found.start());
        return overlap > 0 && 2 * overlap >= union;
    }

    private static String describe(String text, List<PiiSpan> found) {
        if (found.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (found");
        found.forEach(f -> out.append(' ').append(f.type()).append(" \"").append(text, f.start(), f.end()).append('"'));
        return out.append(')').toString();
    }
}
