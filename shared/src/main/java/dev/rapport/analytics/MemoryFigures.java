package dev.rapport.analytics;

import dev.rapport.memory.MemoryBook;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What replacing a memory book adds to the figures, read from the two books rather than from the
 * operation, so curation, "forget …" in chat, edits, deletions and a consent withdrawal are all
 * counted the same way. A write is a memory that is new or reworded; a deletion is a stored memory
 * (current or history) that is gone. Superseding is one write: the old memory stays, as history.
 */
public final class MemoryFigures {

    private MemoryFigures() {}

    public static Tally of(MemoryBook before, MemoryBook after) {
        Map<String, String> earlier = statements(before);
        Map<String, String> later = statements(after);
        long written = later.entrySet().stream()
                .filter(m -> !m.getValue().equals(earlier.get(m.getKey())))
                .count();
        long deleted =
                earlier.keySet().stream().filter(id -> !later.containsKey(id)).count();
        Tally tally = Tally.EMPTY;
        if (written > 0) {
            tally = tally.with(Counter.MEMORY_WRITES, written);
        }
        if (deleted > 0) {
            tally = tally.with(Counter.MEMORY_DELETIONS, deleted);
        }
        return tally;
    }

    private static Map<String, String> statements(MemoryBook book) {
        Map<String, String> statements = new HashMap<>();
        Stream.concat(book.current().stream(), book.history().stream())
                .forEach(m -> statements.put(m.id(), m.statement()));
        return statements;
    }
}
