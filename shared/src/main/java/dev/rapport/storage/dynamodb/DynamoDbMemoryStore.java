package dev.rapport.storage.dynamodb;

import dev.rapport.analytics.MemoryFigures;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.Declined;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Memory books in the memory table, under the profile's own key, with optimistic versions. A save
 * that writes or deletes memories carries the day's analytics counters in the same transaction.
 */
public final class DynamoDbMemoryStore implements MemoryStore {

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<MemoryBookItem> table;
    private final DayCounters counters;
    private final Clock clock;
    private final ErasureGuard guard;

    /** A store that counts nothing in the figures. */
    public DynamoDbMemoryStore(DynamoDbClient client, String memoryTable, Clock clock) {
        this(client, memoryTable, null, clock);
    }

    /** @param analyticsTable where the day's memory writes and deletions are counted */
    public DynamoDbMemoryStore(DynamoDbClient client, String memoryTable, String analyticsTable, Clock clock) {
        this.client = client;
        this.tableName = memoryTable;
        this.table = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .build()
                .table(memoryTable, MemoryBookItem.SCHEMA);
        this.counters = new DayCounters(analyticsTable);
        this.clock = clock;
        this.guard = new ErasureGuard(memoryTable, clock);
    }

    static Key key(Owner owner) {
        return Key.builder()
                .partitionValue(owner.key())
                .sortValue(MemoryBookItem.SORT_KEY)
                .build();
    }

    @Override
    public Optional<Versioned> load(Owner owner) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(owner)).consistentRead(true)))
                .map(DynamoDbMemoryStore::versioned);
    }

    /**
     * The book as stored: every memory with its status, the turns already curated and the sensitive
     * facts declined (absent from books stored before consent was asked in chat).
     */
    record StoredBook(List<Memory> memories, List<String> appliedTurns, int capacity, List<Declined> declined) {
        static StoredBook of(MemoryBook book) {
            List<Memory> memories = new ArrayList<>(book.current());
            memories.addAll(book.history());
            return new StoredBook(memories, book.appliedTurns(), book.capacity(), book.declined());
        }

        MemoryBook book() {
            return MemoryBook.of(memories, appliedTurns, declined, capacity);
        }
    }

    static Versioned versioned(MemoryBookItem item) {
        return new Versioned(Json.read(item.book(), StoredBook.class).book(), item.version());
    }

    @Override
    public void save(Owner owner, Versioned before, MemoryBook after) {
        long expectedVersion = before.version();
        Instant now = clock.instant();
        MemoryBookItem item = new MemoryBookItem();
        item.pk(owner.key());
        item.sk(MemoryBookItem.SORT_KEY);
        item.customer(owner.customerHash());
        item.version(expectedVersion + 1);
        item.book(Json.write(StoredBook.of(after)));
        item.updatedAt(now.toString());
        Put.Builder put = Put.builder().tableName(tableName).item(MemoryBookItem.SCHEMA.itemToMap(item, true));
        if (expectedVersion == 0) {
            put.conditionExpression("attribute_not_exists(pk)");
        } else {
            put.conditionExpression("#v = :v")
                    .expressionAttributeNames(Map.of("#v", "version"))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(expectedVersion))));
        }
        List<TransactWriteItem> writes = new ArrayList<>(List.of(
                TransactWriteItem.builder().put(put.build()).build(), guard.transactItem(owner.customerHash())));
        counters.add(now, MemoryFigures.of(before.book(), after)).ifPresent(writes::add);
        try {
            DayCounters.transact(client, writes);
        } catch (TransactionCanceledException e) {
            if (ErasureGuard.tripped(e, 1)) {
                throw ErasureGuard.erased();
            }
            if (DayCounters.conditionFailed(e, 0)) {
                throw new ConcurrentMemoryUpdateException(e);
            }
            throw e;
        }
    }
}
