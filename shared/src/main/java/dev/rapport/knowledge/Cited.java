package dev.rapport.knowledge;

import java.util.List;

/** A reply with its citation markers taken out, and the knowledge they pointed at. */
public record Cited(String text, List<Retrieved> sources) {

    public Cited {
        sources = List.copyOf(sources);
    }
}
