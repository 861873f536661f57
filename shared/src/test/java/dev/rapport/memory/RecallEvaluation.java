package dev.rapport.memory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs the recall sets: each case's statements are learnt by the rule-based extractor into one book
 * (sensitive memory allowed), then the ranker selects for the later question, as the chat turn does.
 * A constraint the extractor did not store counts as not stored, not as a recall miss.
 */
final class RecallEvaluation {

    static final String HELD_OUT = "/recall-eval/held-out.jsonl";
    static final String TUNING = "/recall-eval/tuning.jsonl";

    private final MemoryExtractor extractor = new RuleBasedExtractor();
    private final MemoryRanker ranker = new MemoryRanker();

    /** Figures of one run; {@code misses} names tuning misses only when asked. */
    static final class Report {
        int expected;
        int stored;
        int recalled;
        int offTopic;
        int offTopicRecalled;
        int rankedFirst;
        final List<String> misses = new ArrayList<>();

        double storedRate() {
            return rate(stored, expected);
        }

        double recallRate() {
            return rate(recalled, stored);
        }

        double offTopicRate() {
            return rate(offTopicRecalled, offTopic);
        }

        double rankedFirstRate() {
            return rate(rankedFirst, offTopic);
        }

        private static double rate(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }

        String table() {
            return String.format(
                    Locale.ROOT,
                    "constraints stored %.3f (%d/%d), recalled when stored %.3f (%d/%d), off-topic recalled %.3f (%d/%d),"
                            + " ranked above the off-topic one %.3f (%d/%d)",
                    storedRate(),
                    stored,
                    expected,
                    recallRate(),
                    recalled,
                    stored,
                    offTopicRate(),
                    offTopicRecalled,
                    offTopic,
                    rankedFirstRate(),
                    rankedFirst,
                    offTopic);
        }
    }

    Report run(String resource, String lang) {
        Report report = new Report();
        for (RecallCase c : load(resource)) {
            if (lang != null && !lang.equals(c.lang())) {
                continue;
            }
            List<Memory> book = learn(c);
            List<Memory> selected = ranker.select(c.question(), book);
            for (List<String> words : c.recalls()) {
                report.expected++;
                if (book.stream().noneMatch(m -> RecallCase.about(m, words))) {
                    report.misses.add(c.id() + " not stored " + words);
                    continue;
                }
                report.stored++;
                if (selected.stream().anyMatch(m -> RecallCase.about(m, words))) {
                    report.recalled++;
                } else {
                    report.misses.add(c.id() + " not recalled " + words + " for " + c.question());
                }
            }
            for (List<String> words : c.leaves()) {
                if (book.stream().anyMatch(m -> RecallCase.about(m, words))) {
                    report.offTopic++;
                    int off = indexOf(selected, words);
                    if (off >= 0) {
                        report.offTopicRecalled++;
                    }
                    int on = c.recalls().stream()
                            .mapToInt(w -> indexOf(selected, w))
                            .max()
                            .orElse(-1);
                    if (on >= 0 && (off < 0 || on < off)) {
                        report.rankedFirst++;
                    } else {
                        report.misses.add(c.id() + " ranked below off-topic " + words + " for " + c.question());
                    }
                }
            }
        }
        return report;
    }

    private static int indexOf(List<Memory> selected, List<String> words) {
        for (int i = 0; i < selected.size(); i++) {
            if (RecallCase.about(selected.get(i), words)) {
                return i;
            }
        }
        return -1;
    }

    private List<Memory> learn(RecallCase c) {
        MemoryBook book = MemoryBook.empty();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        int turn = 0;
        for (String statement : c.statements()) {
            at = at.plusSeconds(3600);
            Provenance provenance = new Provenance(c.id() + "-t" + turn++, c.id(), at, statement);
            Extraction extraction = extractor.extract(new ExtractionInput(statement, Locale.ROOT, book.current()));
            book = book.apply(extraction, provenance, new Consent(true, true)).book();
        }
        return book.current();
    }

    static List<RecallCase> load(String resource) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<RecallCase> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(RecallEvaluation.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    cases.add(json.readValue(line, RecallCase.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
