package dev.rapport.storage.dynamodb;

import dev.rapport.identity.Owner;
import dev.rapport.settings.ProfileData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A customer's data per profile, found through each table's sparse {@code byCustomer} index (keys
 * only): every profile item's first key starts with its owner's key, {@code C#<hash>#P#<profile>}.
 */
public final class DynamoDbProfileData implements ProfileData {

    private static final Pattern PROFILE_KEY = Pattern.compile("C#[^#]+#P#([A-Za-z0-9_-]{1,64})(#.*)?");

    private final DynamoDbClient client;
    private final List<DynamoDbPersonalData.Table> tables;

    public DynamoDbProfileData(DynamoDbClient client, List<DynamoDbPersonalData.Table> tables) {
        this.client = client;
        this.tables = List.copyOf(tables);
    }

    @Override
    public Set<String> profilesWithData(String customerHash) {
        Set<String> profiles = new TreeSet<>();
        for (DynamoDbPersonalData.Table table : tables) {
            for (Map<String, AttributeValue> key : keys(table, customerHash)) {
                profileOf(table, key).ifPresent(profiles::add);
            }
        }
        return profiles;
    }

    @Override
    public int erase(Owner owner) {
        int deleted = 0;
        for (int pass = 0; pass < DynamoDbPersonalData.ERASE_PASSES; pass++) {
            int found = 0;
            for (DynamoDbPersonalData.Table table : tables) {
                List<Map<String, AttributeValue>> keys = keys(table, owner.customerHash()).stream()
                        .filter(key -> profileOf(table, key)
                                .filter(owner.profileId()::equals)
                                .isPresent())
                        .toList();
                found += keys.size();
                for (int i = 0; i < keys.size(); i += 25) {
                    delete(table, keys.subList(i, Math.min(keys.size(), i + 25)));
                }
            }
            deleted += found;
            if (found == 0) {
                return deleted;
            }
        }
        throw new IllegalStateException("items of a profile kept reappearing during erasure");
    }

    private static Optional<String> profileOf(DynamoDbPersonalData.Table table, Map<String, AttributeValue> key) {
        AttributeValue first = key.get(table.keyNames().getFirst());
        if (first == null || first.s() == null) {
            return Optional.empty();
        }
        Matcher matcher = PROFILE_KEY.matcher(first.s());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private List<Map<String, AttributeValue>> keys(DynamoDbPersonalData.Table table, String customerHash) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table.name())
                        .indexName(DynamoDbPersonalData.INDEX)
                        .keyConditionExpression("customer = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerHash))))
                .items()
                .forEach(
                        item -> keys.add(table.keyNames().stream().collect(Collectors.toMap(name -> name, item::get))));
        return keys;
    }

    private void delete(DynamoDbPersonalData.Table table, List<Map<String, AttributeValue>> keys) {
        Map<String, List<WriteRequest>> pending = Map.of(
                table.name(),
                keys.stream()
                        .map(key -> WriteRequest.builder()
                                .deleteRequest(d -> d.key(key))
                                .build())
                        .toList());
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }
}
