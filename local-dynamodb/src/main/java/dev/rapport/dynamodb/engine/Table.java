package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.storage.Storage;
import dev.rapport.dynamodb.streams.StreamLog;
import dev.rapport.dynamodb.value.Value;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * A table's storage: its items by encoded key, one map per secondary index (index key → item key),
 * a TTL map ordered by expiry, and its stream. Writes go through {@link #write} under the engine's
 * write lock, which keeps them all in step.
 */
public final class Table {

    private volatile TableDefinition definition;
    private final MVMap<String, String> items;
    private final Map<String, MVMap<String, String>> indexes = new HashMap<>();
    private final MVMap<String, String> expiries;
    private final StreamLog stream;

    Table(TableDefinition definition, Storage storage, StreamLog stream) {
        this.definition = definition;
        this.items = storage.map(mapName("items", definition.name()));
        for (IndexDefinition index : definition.indexes()) {
            indexes.put(index.name(), storage.map(mapName("index", definition.name() + "/" + index.name())));
        }
        this.expiries = storage.map(mapName("ttl", definition.name()));
        this.stream = stream;
    }

    static String mapName(String kind, String name) {
        return kind + ":" + name;
    }

    public TableDefinition definition() {
        return definition;
    }

    void redefine(TableDefinition changed) {
        this.definition = changed;
    }

    public StreamLog stream() {
        return stream;
    }

    MVMap<String, String> items() {
        return items;
    }

    MVMap<String, String> index(String name) {
        return indexes.get(name);
    }

    MVMap<String, String> expiries() {
        return expiries;
    }

    Map<String, Value> get(String key) {
        return ItemJson.read(items.get(key));
    }

    long itemCount() {
        return items.sizeAsLong();
    }

    /** Replaces {@code before} by {@code after} (null: deleted) in the items, indexes and TTL map. */
    void write(String key, Map<String, Value> before, Map<String, Value> after) {
        if (after == null) {
            items.remove(key);
        } else {
            items.put(key, ItemJson.write(after));
        }
        for (IndexDefinition index : definition.indexes()) {
            String oldEntry = before == null ? null : indexEntry(index, before, key);
            String newEntry = after == null ? null : indexEntry(index, after, key);
            if (oldEntry != null && !oldEntry.equals(newEntry)) {
                indexes.get(index.name()).remove(oldEntry);
            }
            if (newEntry != null) {
                indexes.get(index.name()).put(newEntry, key);
            }
        }
        String oldExpiry = before == null ? null : expiryEntry(before, key);
        String newExpiry = after == null ? null : expiryEntry(after, key);
        if (oldExpiry != null && !oldExpiry.equals(newExpiry)) {
            expiries.remove(oldExpiry);
        }
        if (newExpiry != null) {
            expiries.put(newExpiry, key);
        }
    }

    /** The index entry of an item (index key, then the item key for uniqueness); null when the item is not in it. */
    static String indexEntry(IndexDefinition index, Map<String, Value> item, String itemKey) {
        if (index.key().keyOf(item) == null) {
            return null;
        }
        return index.key().encode(item) + KeyCodec.SEPARATOR + itemKey;
    }

    /** The TTL entry of an item, ordered by expiry; null when it has no numeric TTL attribute. */
    String expiryEntry(Map<String, Value> item, String itemKey) {
        String attribute = definition.ttlAttribute();
        if (attribute == null
                || !(item.get(attribute) instanceof Value.N n)
                || n.value().signum() < 0
                || n.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            return null;
        }
        return String.format("%020d", n.value().longValue()) + KeyCodec.SEPARATOR + itemKey;
    }

    /** Rebuilds the TTL map after TTL is enabled or changed on a table that already holds items. */
    void reindexExpiries() {
        expiries.clear();
        items.forEach((key, text) -> {
            String entry = expiryEntry(ItemJson.read(text), key);
            if (entry != null) {
                expiries.put(entry, key);
            }
        });
    }
}
