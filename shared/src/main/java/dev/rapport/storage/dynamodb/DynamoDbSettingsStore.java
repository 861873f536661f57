package dev.rapport.storage.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.rapport.json.Json;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/**
 * Settings in the memory table, one item per customer under {@code C#<hash>}: the same partition
 * family as the customer's memories, so erasing a customer is erasing their keys.
 */
public final class DynamoDbSettingsStore implements SettingsStore {

    private static final TypeReference<List<CustomerSettings.Profile>> PROFILES = new TypeReference<>() {};

    private final DynamoDbTable<SettingsItem> table;
    private final Clock clock;

    public DynamoDbSettingsStore(DynamoDbEnhancedClient client, String memoryTable, Clock clock) {
        this.table = client.table(memoryTable, SettingsItem.SCHEMA);
        this.clock = clock;
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
        table.putItem(item);
    }

    static Key key(String customerHash) {
        return Key.builder().partitionValue(partitionKey(customerHash)).sortValue(SettingsItem.SORT_KEY).build();
    }

    static CustomerSettings settings(SettingsItem item) {
        try {
            return new CustomerSettings(Boolean.TRUE.equals(item.memoryEnabled()),
                    Boolean.TRUE.equals(item.sensitiveMemoryAllowed()), Boolean.TRUE.equals(item.marketingOptIn()),
                    item.timezone(), item.locale(), Json.MAPPER.readValue(item.profiles(), PROFILES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profiles are not readable", e);
        }
    }
}
