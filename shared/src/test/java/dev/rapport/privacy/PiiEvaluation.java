package dev.rapport.privacy;

import dev.rapport.privacy.PiiCorpus.Expected;
import dev.rapport.privacy.PiiCorpus.Snippet;
import dev.rapport.privacy.detect.PiiSpan;
import dev.rapport.privacy.detect.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the labelled corpus through the detectors and scores every span: a detection is right when
 * it has the expected type and the same boundaries (addresses, whose ends are a matter of taste
 * — with or without ", London" — need an overlap of at least half of their union).
 */
public final class PiiEvaluation {

    private final PiiRedactor redactor = new PiiRedactor();

    public static void main(String[] args) {
        System.out.println(new PiiEvaluation().run().table());
        System.out.println("names, tuning set\n"
                + new PiiEvaluation().run(PiiCorpus.NAME_TUNING).table());
        System.out.println("names, held-out set\n"
                + new PiiEvaluation().run(PiiCorpus.NAME_HELD_OUT).table());
        System.out.println(RedactionTiming.measure(PiiCorpus.load()));
    }

    /**
     * The original corpus. Its files are not labelled for names and messaging ids, so those
     * detections are not scored there; {@link PiiEvalReport#unlabelled} lists them for review.
     */
    PiiEvalReport run() {
        PiiEvalReport report = new PiiEvalReport();
        for (Snippet snippet : PiiCorpus.load()) {
            List<PiiSpan> found = new ArrayList<>();
            for (PiiSpan span : redactor.detect(snippet.text())) {
                if (UNLABELLED_IN_ORIGINAL.contains(span.type())) {
                    report.unlabelled(snippet.id() + ": " + span.type() + " \""
                            + snippet.text().substring(span.start(), span.end()) + "\" in: " + snippet.text());
                } else {
                    found.add(span);
                }
            }
            score(snippet, found, report);
        }
        return report;
    }

    /** Names and messaging ids only, on one of the name sets. */
    PiiEvalReport run(List<String> files) {
        PiiEvalReport report = new PiiEvalReport(List.of(PiiType.NAME, PiiType.IM_ID));
        for (Snippet snippet : PiiCorpus.load(files)) {
            List<PiiSpan> found = redactor.detect(snippet.text()).stream()
                    .filter(s -> UNLABELLED_IN_ORIGINAL.contains(s.type()) || labelled(snippet, s))
                    .toList();
            score(snippet, found, report);
        }
        return report;
    }

    private static final Set<PiiType> UNLABELLED_IN_ORIGINAL = Set.of(PiiType.NAME, PiiType.IM_ID);

    /** A phone in a name snippet is labelled as a phone; other types are scored by the original sets. */
    private static boolean labelled(Snippet snippet, PiiSpan span) {
        return snippet.spans().stream().anyMatch(e -> matches(e, span));
    }

    private static void score(Snippet snippet, List<PiiSpan> found, PiiEvalReport report) {
        report.snippet(snippet, found);
        List<PiiSpan> unmatched = new ArrayList<>(found);
        for (Expected expected : snippet.spans()) {
            PiiSpan hit = unmatched.stream()
                    .filter(f -> matches(expected, f))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                report.truePositive(expected.type());
            } else {
                report.falseNegative(
                        expected.type(),
                        snippet.id() + ": missed " + expected.type() + " \"" + expected.text() + "\""
                                + describe(snippet.text(), found));
            }
        }
        for (PiiSpan extra : unmatched) {
            report.falsePositive(
                    extra.type().name(),
                    snippet.id() + ": wrongly " + extra.type() + " \""
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
        found.forEach(f -> out.append(' ')
                .append(f.type())
                .append(" \"")
                .append(text, f.start(), f.end())
                .append('"'));
        return out.append(')').toString();
    }
}
