package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.storage.Storage;
import dev.rapport.dynamodb.streams.Sequences;
import dev.rapport.dynamodb.streams.StreamLog;
import dev.rapport.dynamodb.value.Value;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVMap;

/**
 * The tables and the one write path. Every write runs under a single lock, so writes and
 * transactions are serializable; reads use the storage's snapshots and never wait for a write.
 */
public final class Engine implements AutoCloseable {

    private final Storage storage;
    private final MVMap<String, String> catalog;
    private final Sequences sequences = new Sequences();
    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Holds holds = new Holds();
    private final Clock clock;

    public Engine(Storage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
        this.catalog = storage.map("catalog");
        catalog.forEach((name, text) -> open(TableCodec.fromCatalog(text)));
    }

    public Clock clock() {
        return clock;
    }

    public Holds holds() {
        return holds;
    }

    /** The table, or DynamoDB's ResourceNotFoundException. */
    public Table table(String name) {
        Table table = name == null ? null : tables.get(name);
        if (table == null) {
            throw DynamoDbException.resourceNotFound(
                    "Requested resource not found" + (name == null ? "" : ": Table: " + name + " not found"));
        }
        return table;
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    /** Runs a write under the write lock and makes it durable before the answer. */
    public <T> T write(Supplier<T> work) {
        writeLock.lock();
        try {
            T result = work.get();
            storage.commit();
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /** Releases the write lock while a held transaction waits, and takes it back. */
    void unlockedWhile(Runnable waiting) {
        int depth = writeLock.getHoldCount();
        for (int i = 0; i < depth; i++) {
            writeLock.unlock();
        }
        try {
            waiting.run();
        } finally {
            for (int i = 0; i < depth; i++) {
                writeLock.lock();
            }
        }
    }

    /** Applies one item's change: items, indexes, TTL map and stream record. Call under {@link #write}. */
    public void apply(Table table, String key, Map<String, Value> before, Map<String, Value> after, boolean byTtl) {
        table.write(key, before, after);
        TableDefinition definition = table.definition();
        if (definition.streamEnabled() && table.stream() != null) {
            Map<String, Value> source = after != null ? after : before;
            if (source != null) {
                table.stream()
                        .append(definition.streamViewType(), definition.key().keyOf(source), before, after, byTtl);
            }
        }
    }

    Table create(TableDefinition definition) {
        if (tables.containsKey(definition.name())) {
            throw DynamoDbException.resourceInUse("Table already exists: " + definition.name());
        }
        Table table = open(definition);
        catalog.put(definition.name(), TableCodec.toCatalog(definition));
        return table;
    }

    private Table open(TableDefinition definition) {
        StreamLog stream = new StreamLog(storage.log(Table.mapName("stream", definition.name())), sequences);
        Table table = new Table(definition, storage, stream);
        tables.put(definition.name(), table);
        return table;
    }

    void redefine(Table table, TableDefinition changed) {
        table.redefine(changed);
        catalog.put(changed.name(), TableCodec.toCatalog(changed));
    }

    void drop(Table table) {
        TableDefinition definition = table.definition();
        tables.remove(definition.name());
        catalog.remove(definition.name());
        storage.removeMap(Table.mapName("items", definition.name()));
        storage.removeMap(Table.mapName("ttl", definition.name()));
        storage.removeMap(Table.mapName("stream", definition.name()));
        definition
                .indexes()
                .forEach(i -> storage.removeMap(Table.mapName("index", definition.name() + "/" + i.name())));
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            storage.commit();
            storage.close();
        } finally {
            writeLock.unlock();
        }
    }
}
