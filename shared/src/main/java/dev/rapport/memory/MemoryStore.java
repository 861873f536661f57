package dev.rapport.memory;

import dev.rapport.identity.Owner;
import java.util.Optional;

/** Where a profile's memory book lives: one item under the profile's own key, versioned. */
public interface MemoryStore {

    /** A book with the version it was read at; version 0 means not stored yet. */
    record Versioned(MemoryBook book, long version) {}

    Optional<Versioned> load(Owner owner);

    /**
     * Saves {@code after} in place of {@code before} if the book is still at {@code before}'s version,
     * with what the change adds to the figures (memories written and deleted) in the same write.
     *
     * @throws ConcurrentMemoryUpdateException when another writer got there first
     */
    void save(Owner owner, Versioned before, MemoryBook after);

    final class ConcurrentMemoryUpdateException extends RuntimeException {
        public ConcurrentMemoryUpdateException(Throwable cause) {
            super("the memory book changed since it was read", cause);
        }
    }
}
