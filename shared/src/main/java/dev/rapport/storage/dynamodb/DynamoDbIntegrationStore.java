package dev.rapport.storage.dynamodb;

import dev.rapport.integrations.BusinessEvent;
import dev.rapport.integrations.IntegrationStore;
import dev.rapport.reminders.InboxMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Business events as one conditional write each, guarded by the event's version kept on the item
 * ({@code version} on an order, {@code crmVersion} on the audience item): an event no newer than the
 * stored one, a redelivery included, changes nothing. Orders written before versions existed (the
 * demo store, the customer's own confirmed changes) take any versioned event. Each write carries the
 * erasure guard's check, in one transaction.
 */
public final class DynamoDbIntegrationStore implements IntegrationStore {

    private static final String NEWER = "(attribute_not_exists(#v) OR #v < :v)";

    private final DynamoDbClient client;
    private final String orders;
    private final String memory;
    private final String reminders;
    private final ErasureGuard guard;

    /** @param remindersTable where the inbox is: the business's answers to confirmed changes are told there */
    public DynamoDbIntegrationStore(
            DynamoDbClient client, String ordersTable, String memoryTable, String remindersTable, Clock clock) {
        this.client = client;
        this.orders = ordersTable;
        this.memory = memoryTable;
        this.reminders = remindersTable;
        this.guard = new ErasureGuard(memoryTable, clock);
    }

    @Override
    public Applied place(BusinessEvent.OrderPlaced event) {
        Map<String, AttributeValue> item =
                new HashMap<>(OrderItem.SCHEMA.itemToMap(OrderItem.of(event.customerHash(), event.order()), true));
        item.put("version", n(event.version()));
        item.put("eventId", s(event.eventId()));
        return guarded(
                event.customerHash(),
                TransactWriteItem.builder()
                        .put(p -> p.tableName(orders)
                                .item(item)
                                .conditionExpression("attribute_not_exists(pk) OR " + NEWER)
                                .expressionAttributeNames(Map.of("#v", "version"))
                                .expressionAttributeValues(Map.of(":v", n(event.version()))))
                        .build(),
                () -> Applied.STALE);
    }

    @Override
    public Applied update(BusinessEvent.OrderUpdated event) {
        return write(event.customerHash(), orderUpdate(event), orders, orderKey(event), ORDER_CONDITION, () -> {
            Map<String, AttributeValue> order = client.getItem(
                            b -> b.tableName(orders).key(orderKey(event)).consistentRead(true))
                    .item();
            return order == null || order.isEmpty() ? Applied.UNKNOWN_ORDER : Applied.STALE;
        });
    }

    @Override
    public Optional<AskedChange> askedChange(String customerHash, String requestId) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(orders)
                        .key(auditKey(customerHash, requestId))
                        .consistentRead(true))
                .item();
        if (item == null || item.isEmpty() || !item.containsKey("orderId")) {
            return Optional.empty();
        }
        return Optional.of(new AskedChange(
                text(item, "type"), text(item, "orderId"), text(item, "summary"), text(item, "language")));
    }

    @Override
    public Applied answer(BusinessEvent.OrderUpdated event, InboxMessage notice) {
        Update order = orderUpdate(event);
        try {
            client.transactWriteItems(b -> b.transactItems(
                    guard.transactItem(event.customerHash()),
                    TransactWriteItem.builder()
                            .update(u -> u.tableName(orders)
                                    .key(orderKey(event))
                                    .updateExpression(order.expression())
                                    .conditionExpression(ORDER_CONDITION)
                                    .expressionAttributeNames(order.names())
                                    .expressionAttributeValues(order.values()))
                            .build(),
                    // Only the first answer counts: a second one (another event id, a newer version) tells nobody
                    // twice.
                    TransactWriteItem.builder()
                            .update(u -> u.tableName(orders)
                                    .key(auditKey(event.customerHash(), event.answersAction()))
                                    .updateExpression("SET businessAnswer = :answer, answeredAt = :at")
                                    .conditionExpression(
                                            "attribute_exists(pk) AND attribute_not_exists(businessAnswer)")
                                    .expressionAttributeValues(Map.of(
                                            ":answer", s(event.done() ? "done" : "refused"),
                                            ":at", s(notice.deliveredAt().toString()))))
                            .build(),
                    TransactWriteItem.builder()
                            .put(p -> p.tableName(reminders)
                                    .item(CampaignDeliveries.inboxItem(event.customerHash(), notice))
                                    .conditionExpression("attribute_not_exists(pk)"))
                            .build()));
            return Applied.APPLIED;
        } catch (TransactionCanceledException e) {
            return ErasureGuard.tripped(e, 0) ? Applied.ERASED : Applied.STALE;
        }
    }

    private static final String ORDER_CONDITION = "attribute_exists(pk) AND " + NEWER;

    private static Update orderUpdate(BusinessEvent.OrderUpdated event) {
        Update update = new Update("version", event.version(), event.eventId());
        update.set("status", event.status() == null ? null : s(event.status().wire()));
        update.set("deliverySlot", event.deliverySlot() == null ? null : s(event.deliverySlot()));
        update.set("deliveryAddress", event.deliveryAddress() == null ? null : s(event.deliveryAddress()));
        return update;
    }

    private static Map<String, AttributeValue> orderKey(BusinessEvent.OrderUpdated event) {
        return Map.of(
                "pk", s(OrderItem.partition(event.customerHash())), "sk", s(OrderItem.SORT_PREFIX + event.orderId()));
    }

    private static Map<String, AttributeValue> auditKey(String customerHash, String requestId) {
        return Map.of("pk", s(OrderItem.partition(customerHash)), "sk", s(AuditItem.SORT_PREFIX + requestId));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    @Override
    public Applied update(BusinessEvent.CustomerUpdated event) {
        if (Boolean.FALSE.equals(event.marketingConsent())) {
            withdrawMarketing(event.customerHash());
        }
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
                event.customerHash(),
                update,
                memory,
                Map.of(
                        "pk", s(DynamoDbSettingsStore.partitionKey(event.customerHash())),
                        "sk", s(CampaignItems.AUDIENCE_SK)),
                NEWER,
                () -> Applied.STALE);
    }

    /**
     * A CRM opt-out withdraws the customer's marketing consent in Rapport too; a CRM opt-in grants
     * nothing (consent to Rapport's messages is the customer's to give). It goes first and on its own:
     * a withdrawal is safe to repeat, so a redelivery finishes what a failure left. The settings'
     * version moves, so a settings write read before it reads again instead of undoing it; a customer
     * with no settings (or erased) has nothing to withdraw, and nothing is created.
     */
    private void withdrawMarketing(String customerHash) {
        try {
            client.updateItem(b -> b.tableName(memory)
                    .key(Map.of(
                            "pk", s(DynamoDbSettingsStore.partitionKey(customerHash)), "sk", s(SettingsItem.SORT_KEY)))
                    .updateExpression("SET marketingOptIn = :no, #v = if_not_exists(#v, :zero) + :one")
                    .conditionExpression("attribute_exists(pk) AND marketingOptIn = :yes")
                    .expressionAttributeNames(Map.of("#v", "version"))
                    .expressionAttributeValues(Map.of(
                            ":no", AttributeValue.fromBool(false),
                            ":yes", AttributeValue.fromBool(true),
                            ":zero", n(0),
                            ":one", n(1))));
        } catch (ConditionalCheckFailedException alreadyOut) {
            // Opted out already, or no settings at all: nothing to withdraw.
        }
    }

    private Applied write(
            String customerHash,
            Update update,
            String table,
            Map<String, AttributeValue> key,
            String condition,
            Supplier<Applied> refused) {
        return guarded(
                customerHash,
                TransactWriteItem.builder()
                        .update(u -> u.tableName(table)
                                .key(key)
                                .updateExpression(update.expression())
                                .conditionExpression(condition)
                                .expressionAttributeNames(update.names())
                                .expressionAttributeValues(update.values()))
                        .build(),
                refused);
    }

    /**
     * The write with the erasure guard's check in one transaction: an event for a customer erased moments
     * ago, in flight while the erasure ran, brings nothing back. {@code refused} says why the write's own
     * condition failed (read only then).
     */
    private Applied guarded(String customerHash, TransactWriteItem write, Supplier<Applied> refused) {
        try {
            client.transactWriteItems(b -> b.transactItems(guard.transactItem(customerHash), write));
            return Applied.APPLIED;
        } catch (TransactionCanceledException e) {
            return ErasureGuard.tripped(e, 0) ? Applied.ERASED : refused.get();
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
