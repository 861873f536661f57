package dev.rapport.knowledge;

import java.util.List;

/** Where FAQs and document passages live, with their vectors. */
public interface KnowledgeStore {

    /** Everything, for building the index: read at a function's start and on refresh, never per turn. */
    KnowledgeSnapshot load();

    /**
     * The FAQs alone, for a function whose passages come from a managed knowledge base: what the
     * fast path needs in memory, without the documents.
     */
    default KnowledgeSnapshot loadFaqs() {
        return new KnowledgeSnapshot(load().faqs(), List.of());
    }

    /** Creates or replaces the FAQ with this id. */
    void putFaq(Embedded<FaqEntry> faq);

    /**
     * Deletes the FAQ with this id.
     *
     * @return whether there was one
     */
    boolean deleteFaq(String id);

    /**
     * Stores a new document and its passages.
     *
     * @throws DuplicateDocumentException when a document with this id is already stored
     */
    void addDocument(KnowledgeDocument document, List<Embedded<Passage>> passages);

    /** A document id that is taken. */
    final class DuplicateDocumentException extends RuntimeException {
        public DuplicateDocumentException(String id) {
            super("document " + id + " exists");
        }
    }
}
