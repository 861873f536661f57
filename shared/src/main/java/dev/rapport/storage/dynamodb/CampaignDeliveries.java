package dev.rapport.storage.dynamodb;

import static dev.rapport.storage.dynamodb.CampaignItems.s;

import dev.rapport.analytics.Counter;
import dev.rapport.analytics.Tally;
import dev.rapport.campaigns.BirthdayCard;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignStore.Outcome;
import dev.rapport.campaigns.CampaignStore.Recipient;
import dev.rapport.campaigns.CampaignStore.Recorded;
import dev.rapport.identity.Owner;
import dev.rapport.reminders.InboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The worker's side of the campaigns store: recipients read in one BatchGetItem (settings from
 * the memory table, send counts from the campaigns table), the frequency cap's inbox count, and
 * the one transaction per recipient. A customer's send count ({@code SENDS#<customer>} /
 * {@code CAMPAIGNS}, carrying {@code customer} for export and erasure) moves on only from the
 * value the worker read before counting, so a count-then-send is atomic against every other send.
 */
final class CampaignDeliveries {

    /** Two keys a customer, and BatchGetItem takes 100. */
    private static final int CUSTOMERS_PER_READ = 50;

    private static final String SENDS_SK = "CAMPAIGNS";
    private static final AttributeValue ONE = AttributeValue.fromN("1");
    private static final Tally DELIVERED = Tally.EMPTY.with(Counter.CAMPAIGN_DELIVERIES, 1);

    private final DynamoDbClient client;
    private final String campaigns;
    private final String memory;
    private final String reminders;
    private final DayCounters counters;

    CampaignDeliveries(DynamoDbClient client, String campaigns, String memory, String reminders, DayCounters counters) {
        this.client = client;
        this.campaigns = campaigns;
        this.memory = memory;
        this.reminders = reminders;
        this.counters = counters;
    }

    /** Strongly consistent, so a worker that lost a race reads what beat it. */
    Map<String, Recipient> recipients(List<String> customerHashes) {
        Map<String, Map<String, AttributeValue>> settings = new HashMap<>();
        Map<String, Long> sends = new HashMap<>();
        List<String> distinct = customerHashes.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += CUSTOMERS_PER_READ) {
            List<String> chunk = distinct.subList(i, Math.min(distinct.size(), i + CUSTOMERS_PER_READ));
            Map<String, KeysAndAttributes> pending = Map.of(
                    memory,
                            KeysAndAttributes.builder()
                                    .consistentRead(true)
                                    .keys(chunk.stream()
                                            .map(CampaignDeliveries::settingsKey)
                                            .toList())
                                    .build(),
                    campaigns,
                            KeysAndAttributes.builder()
                                    .consistentRead(true)
                                    .keys(chunk.stream()
                                            .map(CampaignDeliveries::sendsKey)
                                            .toList())
                                    .build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                var response = client.batchGetItem(b -> b.requestItems(request));
                response.responses()
                        .getOrDefault(memory, List.of())
                        .forEach(item -> settings.put(item.get("customer").s(), item));
                response.responses()
                        .getOrDefault(campaigns, List.of())
                        .forEach(item -> sends.put(
                                item.get("customer").s(),
                                Long.parseLong(item.get("sends").n())));
                pending = response.unprocessedKeys();
            }
        }
        Map<String, Recipient> found = new HashMap<>();
        for (String hash : distinct) {
            Map<String, AttributeValue> item = settings.get(hash);
            found.put(
                    hash,
                    new Recipient(
                            item == null ? null : DynamoDbSettingsStore.settings(SettingsItem.SCHEMA.mapToItem(item)),
                            sends.getOrDefault(hash, 0L)));
        }
        return found;
    }

    /** Strongly consistent: the cap's count must see every message the send count it was read with saw. */
    int campaignMessagesSince(String customerHash, Instant since, Instant now) {
        String owner = new Owner(customerHash, Owner.DEFAULT_PROFILE).key();
        return client.query(b -> b.tableName(reminders)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                        .filterExpression("kind = :campaign")
                        .expressionAttributeValues(Map.of(
                                ":pk",
                                s(owner),
                                ":from",
                                s(InboxItem.SORT_PREFIX + DynamoDbReminderStore.DUE_TIME.format(since)),
                                ":to",
                                s(InboxItem.SORT_PREFIX + DynamoDbReminderStore.DUE_TIME.format(now) + "~"),
                                ":campaign",
                                s("campaign")))
                        .select("COUNT"))
                .count();
    }

    Recorded record(
            Campaign campaign,
            String customerHash,
            Outcome outcome,
            InboxMessage message,
            BirthdayCard card,
            Recipient read,
            Instant at) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> delivery = new HashMap<>();
        delivery.put("pk", s(CampaignItems.pk(campaign.id())));
        delivery.put("sk", s("TO#" + customerHash));
        delivery.put("customer", s(customerHash));
        delivery.put("outcome", s(outcome.counter()));
        delivery.put("at", s(at.toString()));
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(campaigns).item(delivery).conditionExpression("attribute_not_exists(pk)"))
                .build());
        writes.add(TransactWriteItem.builder()
                .update(u -> u.tableName(campaigns)
                        .key(CampaignItems.statsKey(campaign.id()))
                        .updateExpression("ADD #c :one, outcomes :one")
                        .expressionAttributeNames(Map.of("#c", outcome.counter()))
                        .expressionAttributeValues(Map.of(":one", ONE)))
                .build());
        if (message != null) {
            writes.add(TransactWriteItem.builder()
                    .put(p -> p.tableName(reminders)
                            .item(inboxItem(customerHash, message))
                            .conditionExpression("attribute_not_exists(pk)"))
                    .build());
            writes.add(TransactWriteItem.builder()
                    .update(sendCounted(customerHash, read.sends()))
                    .build());
            counters.add(at, DELIVERED).ifPresent(writes::add);
        }
        if (card != null) {
            // Keyed by customer and year: whatever else happened, a second card of the year is refused.
            writes.add(TransactWriteItem.builder()
                    .put(p -> p.tableName(reminders)
                            .item(CardItems.item(customerHash, card, message.deliveredAt()))
                            .conditionExpression("attribute_not_exists(pk)"))
                    .build());
        }
        try {
            DayCounters.transact(client, writes);
            return Recorded.RECORDED;
        } catch (TransactionCanceledException e) {
            if (DayCounters.conditionFailed(e, 0)) {
                return Recorded.ALREADY_DONE;
            }
            List<String> codes = e.cancellationReasons().stream()
                    .map(CancellationReason::code)
                    .toList();
            // Another send to this customer since the read (the count moved), or a transaction on one of our items.
            if (codes.contains("ConditionalCheckFailed") || codes.contains("TransactionConflict")) {
                return Recorded.RACED;
            }
            throw e;
        }
    }

    private Update sendCounted(String customerHash, long seen) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", ONE, ":customer", s(customerHash)));
        String unchanged = "attribute_not_exists(sends)";
        if (seen > 0) {
            unchanged = "sends = :seen";
            values.put(":seen", AttributeValue.fromN(Long.toString(seen)));
        }
        return Update.builder()
                .tableName(campaigns)
                .key(sendsKey(customerHash))
                .updateExpression("SET customer = :customer ADD sends :one")
                .conditionExpression(unchanged)
                .expressionAttributeValues(values)
                .build();
    }

    private static Map<String, AttributeValue> settingsKey(String customerHash) {
        return DynamoDbSettingsStore.key(customerHash).primaryKeyMap(SettingsItem.SCHEMA);
    }

    private static Map<String, AttributeValue> sendsKey(String customerHash) {
        return Map.of("pk", s("SENDS#" + customerHash), "sk", s(SENDS_SK));
    }

    static Map<String, AttributeValue> inboxItem(String customerHash, InboxMessage message) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(new Owner(customerHash, Owner.DEFAULT_PROFILE).key()));
        item.put(
                "sk",
                s(InboxItem.SORT_PREFIX + DynamoDbReminderStore.DUE_TIME.format(message.occurrence()) + "#"
                        + message.kind() + "#" + message.sourceId()));
        item.put("customer", s(customerHash));
        item.put("kind", s(message.kind()));
        item.put("sourceId", s(message.sourceId()));
        item.put("occurrence", s(message.occurrence().toString()));
        item.put("text", s(message.text()));
        if (message.card() != null) {
            item.put("card", s(message.card()));
        }
        item.put("deliveredAt", s(message.deliveredAt().toString()));
        item.put(
                "expiresAt",
                AttributeValue.fromN(Long.toString(message.deliveredAt()
                        .plus(DynamoDbReminderStore.INBOX_RETENTION)
                        .getEpochSecond())));
        return item;
    }
}
