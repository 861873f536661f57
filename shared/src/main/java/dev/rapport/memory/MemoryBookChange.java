package dev.rapport.memory;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of applying one turn to a book: the new book and what happened, so a store can write
 * only the difference and the customer can be told what was (not) remembered.
 */
public record MemoryBookChange(
        MemoryBook book,
        List<Memory> added,
        List<Memory> superseded,
        List<Memory> forgotten,
        List<Rejection> rejected) {

    public MemoryBookChange {
        Objects.requireNonNull(book, "book");
        added = List.copyOf(added);
        superseded = List.copyOf(superseded);
        forgotten = List.copyOf(forgotten);
        rejected = List.copyOf(rejected);
    }

    static MemoryBookChange unchanged(MemoryBook book) {
        return new MemoryBookChange(book, List.of(), List.of(), List.of(), List.of());
    }

    public boolean changed() {
        return !added.isEmpty() || !superseded.isEmpty() || !forgotten.isEmpty();
    }

    public boolean rejected(Rejection.Reason reason) {
        return rejected.stream().anyMatch(r -> r.reason() == reason);
    }
}
