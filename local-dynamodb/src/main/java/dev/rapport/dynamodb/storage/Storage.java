package dev.rapport.dynamodb.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The engine's one MVStore. In memory it is a set of sorted maps; in a data directory every
 * committed write survives a restart. Writes are committed by the engine after each operation
 * (under its write lock), so a transaction is never half on disk.
 */
public final class Storage implements AutoCloseable {

    private final MVStore store;
    private final boolean durable;

    private Storage(MVStore store, boolean durable) {
        this.store = store;
        this.durable = durable;
    }

    public static Storage inMemory() {
        return new Storage(new MVStore.Builder().open(), false);
    }

    public static Storage inDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
        MVStore store = new MVStore.Builder()
                .fileName(dir.resolve("rapport-dynamodb.mv.db").toAbsolutePath().toString())
                .autoCommitDisabled()
                .open();
        return new Storage(store, true);
    }

    /** A sorted map of strings, created on first use. */
    public MVMap<String, String> map(String name) {
        return store.openMap(name);
    }

    /** Sequence-numbered records (stream logs). */
    public MVMap<Long, String> log(String name) {
        return store.openMap(name);
    }

    public boolean hasMap(String name) {
        return store.hasMap(name);
    }

    public void removeMap(String name) {
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
    }

    /** Makes the writes so far durable; a no-op in memory. Called under the engine's write lock. */
    public void commit() {
        if (durable) {
            store.commit();
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
