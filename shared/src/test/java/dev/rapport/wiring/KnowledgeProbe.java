package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.knowledge.Embedded;
import dev.rapport.knowledge.FaqEntry;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.knowledge.KnowledgeDocument;
import dev.rapport.knowledge.KnowledgeFiles;
import dev.rapport.knowledge.KnowledgeSnapshot;
import dev.rapport.knowledge.KnowledgeStore;
import dev.rapport.knowledge.Passage;
import dev.rapport.knowledge.Retrieved;
import java.util.List;
import java.util.Map;

/**
 * Assembles the chat turn's advisor as the function does, over a store in memory, and asks it one
 * question: run in a class loader without the optional SDK modules to show what the cold path needs.
 */
public final class KnowledgeProbe {

    private KnowledgeProbe() {}

    /** The FAQ answer's id, then the grounding's ids, for a question of the FAQ and one of the document. */
    public static List<String> ask(Map<String, String> environment) {
        KnowledgeSnapshot snapshot = new KnowledgeFiles(
                        List.of(new FaqEntry("faq-wrap-en", "Do you gift wrap?", List.of(), "Yes.", "en", List.of())),
                        List.of(new KnowledgeDocument(
                                "doc-cards-en", "Cards", "en", "Greeting cards are free with every order.", List.of())))
                .snapshot(null);
        KnowledgeStore store = new KnowledgeStore() {
            @Override
            public KnowledgeSnapshot load() {
                return snapshot;
            }

            @Override
            public void putFaq(Embedded<FaqEntry> faq) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean deleteFaq(String id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void addDocument(KnowledgeDocument document, List<Embedded<Passage>> passages) {
                throw new UnsupportedOperationException();
            }
        };
        KnowledgeAdvisor advisor = KnowledgeApplication.advisor(Environment.of(environment), store, null);
        String faq = advisor.advise("Do you gift wrap?")
                .answer()
                .map(m -> m.faq().id())
                .orElse("none");
        List<String> grounding = advisor.advise("Are greeting cards free with an order?").grounding().stream()
                .map(Retrieved::id)
                .toList();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(faq), grounding.stream())
                .toList();
    }
}
