package dev.rapport.knowledge;

import java.util.List;
import java.util.Objects;

/** A policy or manual as a support admin submitted it; it is answered from as passages. */
public record KnowledgeDocument(String id, String title, String locale, String text, List<String> tags) {

    public KnowledgeDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(text, "text");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
