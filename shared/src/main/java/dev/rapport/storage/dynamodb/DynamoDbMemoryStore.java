package dev.rapport.storage.dynamodb;

import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Memory books in the memory table, under the profile's own key, with optimistic versions. */
public final class DynamoDbMemoryStore implements MemoryStore {

    private final DynamoDbTable<MemoryBookItem> table;
    private final Clock clock;

    public DynamoDbMemoryStore(DynamoDbEnhancedClient client, String memoryTable, Clock clock) {
        this.table = client.table(memoryTable, MemoryBookItem.SCHEMA);
        this.clock = clock;
    }

    static Key key(Owner owner) {
        return Key.builder().partitionValue(owner.key()).sortValue(MemoryBookItem.SORT_KEY).build();
    }

    @Override
    public Optional<Versioned> load(Owner owner) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(owner)).consistentRead(true)))
                .map(DynamoDbMemoryStore::versioned);
    }

    /** The book as stored: every memory with its status, and the turns already curated. */
    record StoredBook(List<Memory> memories, List<String> appliedTurns, int capacity) {
        static StoredBook of(MemoryBook book) {
            List<Memory> memories = new ArrayList<>(book.current());
            memories.addAll(book.history());
            return new StoredBook(memories, book.appliedTurns(), book.capacity());
        }

        MemoryBook book() {
            return MemoryBook.of(memories, appliedTurns, capacity);
        }
    }

    static Versioned versioned(MemoryBookItem item) {
        return new Versioned(Json.read(item.book(), StoredBook.class).book(), item.version());
    }

    @Override
    public void save(Owner owner, MemoryBook book, long expectedVersion) {
        MemoryBookItem item = new MemoryBookItem();
        item.pk(owner.key());
        item.sk(MemoryBookItem.SORT_KEY);
        item.customer(owner.customerHash());
        item.version(expectedVersion + 1);
        item.book(Json.write(StoredBook.of(book)));
        item.updatedAt(clock.instant().toString());
        Expression condition = expectedVersion == 0
                ? Expression.builder().expression("attribute_not_exists(pk)").build()
                : Expression.builder().expression("#v = :v").expressionNames(Map.of("#v", "version"))
                        .expressionValues(Map.of(":v", AttributeValue.fromN(Long.toString(expectedVersion)))).build();
        try {
            table.putItem(r -> r.item(item).conditionExpression(condition));
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentMemoryUpdateException(e);
        }
    }
}
