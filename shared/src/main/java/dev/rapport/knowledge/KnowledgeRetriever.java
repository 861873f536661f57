package dev.rapport.knowledge;

import java.util.List;

/**
 * Where a turn's grounding comes from, beside the FAQ fast path (which always answers from memory):
 * the in-memory index ({@link IndexRetriever}) for a small corpus, or a managed search service for
 * one too large to hold in every function's memory.
 */
public interface KnowledgeRetriever {

    /**
     * The best entries for the question, best first, at most {@code limit}, each already past the
     * retriever's own minimum score (scores of different retrievers are not comparable).
     *
     * @throws KnowledgeUnavailableException when a remote service is throttled, failing or unreachable
     */
    List<Retrieved> retrieve(String question, int limit);

    /**
     * What a SnapStart priming turn retrieves with: the same code paths that run in process, but
     * no call to a remote service (priming happens while a version is published, not for a customer).
     */
    default KnowledgeRetriever priming() {
        return this;
    }
}
