package dev.rapport.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A curated question with its canned answer. The alternatives are other ways customers ask the same
 * thing; all of them are matched, the answer is given as written.
 *
 * @param locale {@code zh} or {@code en}: a topic asked in both languages is two entries
 */
public record FaqEntry(
        String id, String question, List<String> alternatives, String answer, String locale, List<String> tags) {

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(locale, "locale");
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** What is embedded for the entry: every way of asking it. */
    public String embeddingText() {
        return String.join("\n", phrasings());
    }

    /** Every phrasing the entry is matched by, the main question first. */
    public List<String> phrasings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(question), alternatives.stream())
                .toList();
    }
}
