package dev.rapport.storage.dynamodb;

import dev.rapport.integrations.BusinessEvent;
import dev.rapport.integrations.IntegrationStore;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Business events as one conditional write each, guarded by the event's version kept on the item
 * ({@code version} on an order, {@code crmVersion} on the audience item): an event no newer than the
 * stored one, a redelivery included, changes nothing. Orders written before versions existed (the
 * demo store, the customer's own confirmed changes) take any versioned event.
 */
public final class DynamoDbIntegrationStore implements IntegrationStore {

    private static final String NEWER = "(attribute_not_exists(#v) OR #v < :v)";

    private final DynamoDbClient client;
    private final String orders;
    private final String memory;

    public DynamoDbIntegrationStore(DynamoDbClient client, String ordersTable, String memoryTable) {
        this.client = client;
        this.orders = ordersTable;
        this.memory = memoryTable;
    }

    @Override
    public Applied place(BusinessEvent.OrderPlaced event) {
        Map<String, AttributeValue> item =
                new HashMap<>(OrderItem.SCHEMA.itemToMap(OrderItem.of(event.customerHash(), event.order()), true));
        item.put("version", n(event.version()));
        item.put("eventId", s(event.eventId()));
        try {
            client.putItem(b -> b.tableName(orders)
                    .item(item)
                    .conditionExpression("attribute_not_exists(pk) OR " + NEWER)
                    .expressionAttributeNames(Map.of("#v", "version"))
                    .expressionAttributeValues(Map.of(":v", n(event.version()))));
            return Applied.APPLIED;
        } catch (ConditionalCheckFailedException stale) {
            return Applied.STALE;
        }
    }

    @Override
    public Applied update(BusinessEvent.OrderUpdated event) {
        Update update = new Update("version", event.version(), event.eventId());
        update.set("status", event.status() == null ? null : s(event.status().wire()));
        update.set("deliverySlot", event.deliverySlot() == null ? null : s(event.deliverySlot()));
        update.set("deliveryAddress", event.deliveryAddress() == null ? null : s(event.deliveryAddress()));
        return write(
                update,
                orders,
                Map.of(
                        "pk", s(OrderItem.partition(event.customerHash())),
                        "sk", s(OrderItem.SORT_PREFIX + event.orderId())),
                "attribute_exists(pk) AND " + NEWER);
    }

    @Override
    public Applied update(BusinessEvent.CustomerUpdated event) {
        Update update = new Update("crmVersion", event.version(), event.eventId());
        update.set("customer", s(event.customerHash()));
        update.set(
                CampaignItems.AUDIENCE_SHARD,
                s(CampaignItems.audienceShard(
                        Math.floorMod(event.customerHash().hashCode(), CampaignItems.AUDIENCE_SHARDS))));
        update.set("region", event.region() == null ? null : s(event.region()));
        update.set("locale", event.locale() == null ? null : s(event.locale()));
        update.set(
                "tags",
                event.segments() == null
                        ? null
                        : AttributeValue.fromL(event.segments().stream()
                                .map(DynamoDbIntegrationStore::s)
                                .toList()));
        update.set("birthMonth", event.birthMonth() == null ? null : n(event.birthMonth()));
        update.set("birthDay", event.birthDay() == null ? null : n(event.birthDay()));
        update.set(
                "marketingConsent",
                event.marketingConsent() == null ? null : AttributeValue.fromBool(event.marketingConsent()));
        return write(
                update,
                memory,
                Map.of(
                        "pk", s(DynamoDbSettingsStore.partitionKey(event.customerHash())),
                        "sk", s(CampaignItems.AUDIENCE_SK)),
                NEWER);
    }

    private Applied write(Update update, String table, Map<String, AttributeValue> key, String condition) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(key)
                    .updateExpression(update.expression())
                    .conditionExpression(condition)
                    .expressionAttributeNames(update.names())
                    .expressionAttributeValues(update.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Applied.APPLIED;
        } catch (ConditionalCheckFailedException refused) {
            return refused.hasItem() && !refused.item().isEmpty() ? Applied.STALE : Applied.UNKNOWN_ORDER;
        }
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** A SET expression of the given attributes plus the version guard and the event that wrote it. */
    private static final class Update {
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, AttributeValue> values = new HashMap<>();
        private final StringBuilder expression = new StringBuilder("SET #v = :v, eventId = :event");

        Update(String versionAttribute, long version, String eventId) {
            names.put("#v", versionAttribute);
            values.put(":v", n(version));
            values.put(":event", s(eventId));
        }

        void set(String attribute, AttributeValue value) {
            if (value != null) {
                int i = names.size();
                names.put("#a" + i, attribute);
                values.put(":a" + i, value);
                expression.append(", #a").append(i).append(" = :a").append(i);
            }
        }

        String expression() {
            return expression.toString();
        }

        Map<String, String> names() {
            return names;
        }

        Map<String, AttributeValue> values() {
            return values;
        }
    }
}
