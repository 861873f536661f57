package dev.rapport.storage.dynamodb;

import dev.rapport.personaldata.PersonalDataStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Export and erasure across every table through each table's sparse {@code byCustomer} index
 * (keys only). Index reads are eventually consistent, so erasure reads the index again until it
 * comes back empty; an erasure first writes the customer's {@link ErasureGuard} marker.
 */
public final class DynamoDbPersonalData implements PersonalDataStore {

    public static final String INDEX = "byCustomer";
    static final int ERASE_PASSES = 5;

    /** A table holding customer items: its label in exports, its name, its key attributes. */
    public record Table(String label, String name, List<String> keyNames) {
        public Table {
            keyNames = List.copyOf(keyNames);
        }
    }

    private final DynamoDbClient client;
    private final List<Table> tables;
    private final ErasureGuard guard;
    private final Duration guardPeriod;

    /** @param guardPeriod how long after an erasure every write of the customer is refused */
    public DynamoDbPersonalData(DynamoDbClient client, List<Table> tables, ErasureGuard guard, Duration guardPeriod) {
        this.client = client;
        this.tables = List.copyOf(tables);
        this.guard = Objects.requireNonNull(guard, "guard");
        this.guardPeriod = guardPeriod;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(String customerHash) {
        Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
        for (Table table : tables) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (List<Map<String, AttributeValue>> batch : chunks(keys(table, customerHash), 100)) {
                items.addAll(read(table, batch));
            }
            export.put(table.label(), items);
        }
        return export;
    }

    /**
     * The marker first: from then on no guarded write of the customer commits, so what the passes
     * find is all there will be, and a write in flight is cancelled rather than recreating data.
     */
    @Override
    public Erased erase(String customerHash) {
        guard.mark(client, customerHash, guardPeriod);
        int deleted = 0;
        for (int pass = 0; pass < ERASE_PASSES; pass++) {
            int found = 0;
            for (Table table : tables) {
                List<Map<String, AttributeValue>> keys = keys(table, customerHash);
                found += keys.size();
                for (List<Map<String, AttributeValue>> batch : chunks(keys, 25)) {
                    delete(table, batch);
                }
            }
            if (found == 0) {
                return new Erased(deleted, 0);
            }
            deleted += found;
        }
        int remaining = tables.stream()
                .mapToInt(table -> keys(table, customerHash).size())
                .sum();
        return new Erased(deleted, remaining);
    }

    private List<Map<String, AttributeValue>> keys(Table table, String customerHash) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table.name())
                        .indexName(INDEX)
                        .keyConditionExpression("customer = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerHash))))
                .items()
                .forEach(item -> {
                    Map<String, AttributeValue> key = new LinkedHashMap<>();
                    table.keyNames().forEach(name -> key.put(name, item.get(name)));
                    keys.add(key);
                });
        return keys;
    }

    private List<Map<String, Object>> read(Table table, List<Map<String, AttributeValue>> keys) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, KeysAndAttributes> pending = Map.of(
                table.name(),
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        while (!pending.isEmpty()) {
            Map<String, KeysAndAttributes> request = pending;
            BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(request));
            response.responses()
                    .getOrDefault(table.name(), List.of())
                    .forEach(item -> items.add(PlainValues.of(exported(item))));
            pending = response.unprocessedKeys();
        }
        return items;
    }

    /** The session vault is ciphertext only its conversation's key opens: an export shows the placeholders instead. */
    private static Map<String, AttributeValue> exported(Map<String, AttributeValue> item) {
        if (!item.containsKey("vault")) {
            return item;
        }
        Map<String, AttributeValue> shown = new java.util.HashMap<>(item);
        shown.remove("vault");
        return shown;
    }

    private void delete(Table table, List<Map<String, AttributeValue>> keys) {
        Map<String, List<WriteRequest>> pending = Map.of(
                table.name(),
                keys.stream()
                        .map(key -> WriteRequest.builder()
                                .deleteRequest(d -> d.key(key))
                                .build())
                        .toList());
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
            pending = response.unprocessedItems();
        }
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }
}
