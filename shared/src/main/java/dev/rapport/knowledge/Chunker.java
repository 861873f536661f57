package dev.rapport.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into passages along its paragraphs: each paragraph is a passage (one topic, one
 * citation), cut at sentence ends only when it alone is over the limit; a heading-length line joins
 * the paragraph after it. The cut depends on the text only, so the same document always gives the
 * same passage ids.
 */
public final class Chunker {

    public static final int DEFAULT_MAX_CHARS = 600;
    /** Shorter than this is a heading or a fragment, not a passage of its own. */
    static final int MIN_CHARS = 24;

    private final int maxChars;

    public Chunker(int maxChars) {
        this.maxChars = maxChars;
    }

    public List<Passage> chunk(KnowledgeDocument document) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : document.text().replace("\r\n", "\n").split("\n\\s*\n")) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            for (String part : split(trimmed)) {
                if (current.length() > 0
                        && (current.length() >= MIN_CHARS || current.length() + part.length() + 1 > maxChars)) {
                    pieces.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(part);
            }
        }
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            passages.add(new Passage(
                    Passage.id(document.id(), i), document.id(), document.title(), pieces.get(i), document.locale()));
        }
        return passages;
    }

    /** A paragraph over the limit is cut at sentence ends (Chinese or English), else hard. */
    private List<String> split(String paragraph) {
        if (paragraph.length() <= maxChars) {
            return List.of(paragraph);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String sentence : paragraph.split("(?<=[。！？!?.;；])\\s*")) {
            if (part.length() > 0 && part.length() + sentence.length() > maxChars) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(sentence);
            while (part.length() > maxChars) {
                parts.add(part.substring(0, maxChars));
                part.delete(0, maxChars);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }
}
