package dev.rapport.memory;

import dev.rapport.identity.Owner;
import java.util.Optional;

/** Where a profile's memory book lives: one item under the profile's own key, versioned. */
public interface MemoryStore {

    /** A book with the version it was read at; version 0 means not stored yet. */
    record Versioned(MemoryBook book, long version) {}

    Optional<Versioned> load(Owner owner);

    /**
     * Saves the book if it is still at {@code expectedVersion}.
     *
     * @throws ConcurrentMemoryUpdateException when another writer got there first
     */
    void save(Owner owner, MemoryBook book, long expectedVersion);

    final class ConcurrentMemoryUpdateException extends RuntimeException {
        public ConcurrentMemoryUpdateException(Throwable cause) {
            super("the memory book changed since it was read", cause);
        }
    }
}
