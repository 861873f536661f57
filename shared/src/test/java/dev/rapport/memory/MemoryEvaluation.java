package dev.rapport.memory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the bilingual evaluation set through the rule-based extractor, the memory book and the
 * ranker, the way the curator and the chat turn will use them, and measures the outcome.
 */
public final class MemoryEvaluation {

    static final String SET = "/memory-eval/conversations.json";

    private final MemoryExtractor extractor = new RuleBasedExtractor();
    private final MemoryRanker ranker = new MemoryRanker();

    public static void main(String[] args) {
        System.out.println(new MemoryEvaluation().run().table());
    }

    EvalReport run() {
        EvalReport report = new EvalReport();
        for (EvalConversation conversation : load()) {
            report.add(conversation, replay(conversation));
        }
        return report;
    }

    /** What one conversation left behind: every memory ever added, the final book, the probe's picks. */
    record Outcome(
            List<Memory> added,
            MemoryBook book,
            List<Memory> probeSelection,
            int instructionMessages,
            int retriesThatChanged) {}

    Outcome replay(EvalConversation conversation) {
        MemoryBook book = MemoryBook.empty();
        List<Memory> added = new ArrayList<>();
        int instructionMessages = 0;
        int retriesThatChanged = 0;
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        for (int s = 0; s < conversation.sessions().size(); s++) {
            for (int t = 0; t < conversation.sessions().get(s).size(); t++) {
                String message = conversation.sessions().get(s).get(t);
                at = at.plusSeconds(3600);
                Provenance provenance = new Provenance(conversation.id() + "-s" + s + "-t" + t, "s" + s, at, message);
                // The prompt of this turn carried what the ranker picked; restating those is not news.
                List<Memory> known = ranker.select(message, book.current());
                Extraction extraction = extractor.extract(new ExtractionInput(message, Locale.ROOT, known));
                MemoryBookChange change = book.apply(extraction, provenance, conversation.consent());
                if (change.book()
                        .apply(extraction, provenance, conversation.consent())
                        .changed()) {
                    retriesThatChanged++;
                }
                book = change.book();
                added.addAll(change.added());
                instructionMessages += extraction.instructionRejected() ? 1 : 0;
            }
        }
        List<Memory> selection = conversation.probe() == null
                ? List.of()
                : ranker.select(conversation.probe().message(), book.current());
        return new Outcome(added, book, selection, instructionMessages, retriesThatChanged);
    }

    static List<EvalConversation> load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = MemoryEvaluation.class.getResourceAsStream(SET)) {
            return json.readValue(in, new TypeReference<List<EvalConversation>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
