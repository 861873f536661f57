package dev.rapport.knowledge;

import java.util.List;

/** Everything the store holds to answer from, loaded at once to build the in-memory index. */
public record KnowledgeSnapshot(List<Embedded<FaqEntry>> faqs, List<Embedded<Passage>> passages) {

    public static final KnowledgeSnapshot EMPTY = new KnowledgeSnapshot(List.of(), List.of());

    public KnowledgeSnapshot {
        faqs = List.copyOf(faqs);
        passages = List.copyOf(passages);
    }
}
