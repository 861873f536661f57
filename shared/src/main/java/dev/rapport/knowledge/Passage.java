package dev.rapport.knowledge;

import java.util.Objects;

/**
 * One retrievable piece of a document. Its id ({@code doc-returns#3}) is the document's id and the
 * passage's place in it, so the same document always yields the same ids and citations stay valid.
 */
public record Passage(String id, String documentId, String title, String text, String locale) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
    }

    /** What is embedded for the passage: its document's title gives a short paragraph its topic. */
    public String embeddingText() {
        return title + "\n" + text;
    }

    public static String id(String documentId, int ordinal) {
        return documentId + "#" + ordinal;
    }
}
