package dev.rapport.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Grounding from the in-memory index: FAQs and passages ranked together, in process, never failing. */
public final class IndexRetriever implements KnowledgeRetriever {

    private final Supplier<KnowledgeIndex> index;
    private final KnowledgeSettings settings;

    public IndexRetriever(Supplier<KnowledgeIndex> index, KnowledgeSettings settings) {
        this.index = Objects.requireNonNull(index);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public List<Retrieved> retrieve(String question, int limit) {
        return retrieve(index.get(), question, limit, settings);
    }

    static List<Retrieved> retrieve(KnowledgeIndex index, String question, int limit, KnowledgeSettings settings) {
        if (index.size() == 0) {
            return List.of();
        }
        double least = index.embedded() ? settings.minScoreEmbedded() : settings.minScore();
        return index.search(question, limit).stream()
                .filter(r -> r.score() >= least)
                .toList();
    }
}
