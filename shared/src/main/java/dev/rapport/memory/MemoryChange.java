package dev.rapport.memory;

import java.util.List;

/**
 * The outcome of applying one message to a memory book.
 *
 * @param rejected candidates not kept, with why: {@code duplicate}, {@code sensitive-without-consent},
 *     {@code memory-disabled}, {@code capacity-full}
 */
public record MemoryChange(MemoryBook book, List<Memory> added, List<Memory> superseded, List<Memory> forgotten,
                           List<Rejection> rejected, boolean instructionRefused) {

    public record Rejection(Candidate candidate, String reason) {}

    public MemoryChange {
        added = List.copyOf(added);
        superseded = List.copyOf(superseded);
        forgotten = List.copyOf(forgotten);
        rejected = List.copyOf(rejected);
    }

    public boolean changed() {
        return !added.isEmpty() || !superseded.isEmpty() || !forgotten.isEmpty();
    }
}
