package dev.rapport.storage.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.rapport.json.Json;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Settings in the memory table, one item per customer under {@code C#<hash>}: the same partition
 * family as the customer's memories, so erasing a customer is erasing their keys.
 */
public final class DynamoDbSettingsStore implements SettingsStore {

    private static final TypeReference<List<CustomerSettings.Profile>> PROFILES = new TypeReference<>() {};

    private final DynamoDbTable<SettingsItem> table;
    private final DynamoDbEnhancedClient client;
    private final Clock clock;
    private final ErasureGuard guard;

    public DynamoDbSettingsStore(DynamoDbEnhancedClient client, String memoryTable, Clock clock) {
        this.client = client;
        this.table = client.table(memoryTable, SettingsItem.SCHEMA);
        this.clock = clock;
        this.guard = new ErasureGuard(memoryTable, clock);
    }

    static String partitionKey(String customerHash) {
        return "C#" + customerHash;
    }

    @Override
    public Optional<CustomerSettings> find(String customerHash) {
        SettingsItem item = table.getItem(r -> r.key(key(customerHash)).consistentRead(true));
        return Optional.ofNullable(item).map(DynamoDbSettingsStore::settings);
    }

    @Override
    public void save(String customerHash, CustomerSettings settings) {
        table.putItem(item(customerHash, settings));
    }

    @Override
    public Versioned load(String customerHash) {
        SettingsItem item = table.getItem(r -> r.key(key(customerHash)).consistentRead(true));
        return item == null
                ? new Versioned(CustomerSettings.DEFAULTS, 0)
                : new Versioned(settings(item), item.version() == null ? 0 : item.version());
    }

    /** One transaction: the versioned put and the erasure guard's check, so an erased customer gets nothing back. */
    @Override
    public boolean replace(String customerHash, long expectedVersion, CustomerSettings settings) {
        SettingsItem item = item(customerHash, settings);
        item.version(expectedVersion + 1);
        Expression unchanged = expectedVersion == 0
                ? Expression.builder()
                        .expression("attribute_not_exists(#v)")
                        .expressionNames(Map.of("#v", "version"))
                        .build()
                : Expression.builder()
                        .expression("#v = :v")
                        .expressionNames(Map.of("#v", "version"))
                        .expressionValues(Map.of(":v", AttributeValue.fromN(Long.toString(expectedVersion))))
                        .build();
        try {
            client.transactWriteItems(b -> b.addPutItem(
                            table,
                            TransactPutItemEnhancedRequest.builder(SettingsItem.class)
                                    .item(item)
                                    .conditionExpression(unchanged)
                                    .build())
                    .addConditionCheck(table, guard.conditionCheck(customerHash)));
            return true;
        } catch (TransactionCanceledException e) {
            if (ErasureGuard.tripped(e, 1)) {
                throw ErasureGuard.erased();
            }
            // The version moved, or a parallel update's transaction met this one: either way, read again.
            if (e.cancellationReasons().stream()
                    .anyMatch(
                            r -> "ConditionalCheckFailed".equals(r.code()) || "TransactionConflict".equals(r.code()))) {
                return false;
            }
            throw e;
        }
    }

    private SettingsItem item(String customerHash, CustomerSettings settings) {
        SettingsItem item = new SettingsItem();
        item.pk(partitionKey(customerHash));
        item.sk(SettingsItem.SORT_KEY);
        item.customer(customerHash);
        item.memoryEnabled(settings.memoryEnabled());
        item.sensitiveMemoryAllowed(settings.sensitiveMemoryAllowed());
        item.marketingOptIn(settings.marketingOptIn());
        item.timezone(settings.timezone());
        item.locale(settings.locale());
        try {
            item.profiles(Json.MAPPER.writeValueAsString(settings.profiles()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profiles could not be written", e);
        }
        item.updatedAt(clock.instant().toString());
        return item;
    }

    static Key key(String customerHash) {
        return Key.builder()
                .partitionValue(partitionKey(customerHash))
                .sortValue(SettingsItem.SORT_KEY)
                .build();
    }

    static CustomerSettings settings(SettingsItem item) {
        try {
            return new CustomerSettings(
                    Boolean.TRUE.equals(item.memoryEnabled()),
                    Boolean.TRUE.equals(item.sensitiveMemoryAllowed()),
                    Boolean.TRUE.equals(item.marketingOptIn()),
                    item.timezone(),
                    item.locale(),
                    Json.MAPPER.readValue(item.profiles(), PROFILES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profiles are not readable", e);
        }
    }
}
