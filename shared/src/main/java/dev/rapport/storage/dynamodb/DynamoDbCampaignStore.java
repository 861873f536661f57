package dev.rapport.storage.dynamodb;

import static dev.rapport.storage.dynamodb.CampaignItems.s;

import dev.rapport.analytics.Counter;
import dev.rapport.analytics.Tally;
import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignStore;
import dev.rapport.campaigns.SkipReason;
import dev.rapport.campaigns.Stats;
import dev.rapport.identity.Owner;
import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Campaigns (with their counters) and one outcome item per (campaign, customer) in the campaigns
 * table; the audience items and settings in the memory table; campaign messages in the inbox of
 * the reminders table. The outcome item is the delivery key: written only if absent, in the same
 * transaction as the counter and the inbox message (and, for a message sent, the day's analytics
 * counter of campaign deliveries).
 */
public final class DynamoDbCampaignStore implements CampaignStore {

    private static final AttributeValue ONE = AttributeValue.fromN("1");
    private static final Tally DELIVERED = Tally.EMPTY.with(Counter.CAMPAIGN_DELIVERIES, 1);

    private final DynamoDbClient client;
    private final String campaigns;
    private final String memory;
    private final String reminders;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<SettingsItem> settingsTable;
    private final DayCounters counters;

    /** A store that counts no deliveries in the figures (the marketers' API and the starter never deliver). */
    public DynamoDbCampaignStore(DynamoDbClient client, String campaignsTable, String memoryTable, String remindersTable) {
        this(client, campaignsTable, memoryTable, remindersTable, null);
    }

    /** @param analyticsTable where each message sent is counted, in the outcome's own transaction */
    public DynamoDbCampaignStore(DynamoDbClient client, String campaignsTable, String memoryTable, String remindersTable,
                                 String analyticsTable) {
        this.client = client;
        this.counters = new DayCounters(analyticsTable);
        this.campaigns = campaignsTable;
        this.memory = memoryTable;
        this.reminders = remindersTable;
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.settingsTable = enhanced.table(memoryTable, SettingsItem.SCHEMA);
    }

    @Override
    public void create(Campaign campaign) {
        client.putItem(b -> b.tableName(campaigns).item(CampaignItems.item(campaign))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Campaign> find(String id) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(campaigns).key(CampaignItems.key(id))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CampaignItems.campaign(item));
    }

    @Override
    public Stats stats(String id) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(campaigns).key(CampaignItems.key(id))
                .consistentRead(true)).item();
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (SkipReason reason : SkipReason.values()) {
            skipped.put(reason.wire(), number(item, "skipped_" + reason.wire()));
        }
        Integer targeted = item.containsKey("targeted") ? Integer.valueOf(item.get("targeted").n()) : null;
        return new Stats(targeted, number(item, "sent"), skipped, number(item, "failed"));
    }

    @Override
    public boolean cancel(String id) {
        return transition(id, "cancelled", "#s IN (:draft, :scheduled, :running)");
    }

    @Override
    public List<Campaign> due(Instant now) {
        List<Campaign> found = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(campaigns).indexName("due")
                        .keyConditionExpression("dueKey = :k AND dueAt <= :now")
                        .expressionAttributeValues(Map.of(":k", s(CampaignItems.DUE_KEY),
                                ":now", s(DynamoDbReminderStore.DUE_TIME.format(now)))))
                .items().forEach(item -> found.add(CampaignItems.campaign(item)));
        return found;
    }

    @Override
    public boolean start(String id) {
        return transition(id, "running", "#s = :scheduled");
    }

    private boolean transition(String id, String to, String condition) {
        try {
            client.updateItem(b -> b.tableName(campaigns).key(CampaignItems.key(id))
                    .updateExpression("SET #s = :to REMOVE dueKey, dueAt")
                    .conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(values(to, condition)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** A paged Scan of the memory table kept to the audience items by a filter (see the README's campaigns section). */
    @Override
    public AudiencePage audience(String cursor, int limit) {
        ScanResponse page = client.scan(b -> {
            b.tableName(memory).limit(limit).filterExpression("sk = :a")
                    .expressionAttributeValues(Map.of(":a", s(CampaignItems.AUDIENCE_SK)));
            if (cursor != null) {
                b.exclusiveStartKey(decode(cursor));
            }
        });
        List<Audience> audience = page.items().stream().map(CampaignItems::audience).toList();
        Map<String, AttributeValue> last = page.lastEvaluatedKey();
        return new AudiencePage(audience, last == null || last.isEmpty() ? null : encode(last));
    }

    /** Writes one customer's marketing attributes (the CRM sync's port; tests and benchmarks use it). */
    public void saveAudience(Audience audience) {
        client.putItem(b -> b.tableName(memory).item(CampaignItems.audienceItem(audience)));
    }

    @Override
    public void targeted(String id, int count) {
        client.updateItem(b -> b.tableName(campaigns).key(CampaignItems.key(id))
                .updateExpression("SET targeted = :n, outcomes = if_not_exists(outcomes, :zero)")
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(count)),
                        ":zero", AttributeValue.fromN("0"))));
        finishIfDone(id);
    }

    @Override
    public Map<String, CustomerSettings> settings(List<String> customerHashes) {
        Map<String, CustomerSettings> found = new HashMap<>();
        for (int i = 0; i < customerHashes.size(); i += 100) {
            ReadBatch.Builder<SettingsItem> batch = ReadBatch.builder(SettingsItem.class).mappedTableResource(settingsTable);
            customerHashes.subList(i, Math.min(customerHashes.size(), i + 100)).stream().distinct()
                    .forEach(hash -> batch.addGetItem(DynamoDbSettingsStore.key(hash)));
            enhanced.batchGetItem(b -> b.readBatches(batch.build()))
                    .resultsForTable(settingsTable)
                    .forEach(item -> found.put(item.customer(), DynamoDbSettingsStore.settings(item)));
        }
        return found;
    }

    @Override
    public int campaignMessagesSince(String customerHash, Instant since, Instant now) {
        String owner = new Owner(customerHash, Owner.DEFAULT_PROFILE).key();
        return client.query(b -> b.tableName(reminders)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .filterExpression("kind = :campaign")
                .expressionAttributeValues(Map.of(":pk", s(owner),
                        ":from", s(InboxItem.SORT_PREFIX + DynamoDbReminderStore.DUE_TIME.format(since)),
                        ":to", s(InboxItem.SORT_PREFIX + DynamoDbReminderStore.DUE_TIME.format(now) + "~"),
                        ":campaign", s("campaign")))
                .select("COUNT")).count();
    }

    @Override
    public boolean record(Campaign campaign, String customerHash, Outcome outcome, InboxMessage message, Instant at) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> delivery = new HashMap<>();
        delivery.put("pk", s(CampaignItems.pk(campaign.id())));
        delivery.put("sk", s("TO#" + customerHash));
        delivery.put("customer", s(customerHash));
        delivery.put("outcome", s(outcome.counter()));
        delivery.put("at", s(at.toString()));
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(campaigns).item(delivery)
                .conditionExpression("attribute_not_exists(pk)")).build());
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(campaigns).key(CampaignItems.key(campaign.id()))
                .updateExpression("ADD #c :one, outcomes :one")
                .expressionAttributeNames(Map.of("#c", outcome.counter()))
                .expressionAttributeValues(Map.of(":one", ONE))).build());
        if (message != null) {
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(reminders).item(inboxItem(customerHash, message))
                    .conditionExpression("attribute_not_exists(pk)")).build());
            counters.add(at, DELIVERED).ifPresent(writes::add);
        }
        try {
            DayCounters.transact(client, writes);
            return true;
        } catch (TransactionCanceledException e) {
            if (DayCounters.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void finishIfDone(String id) {
        try {
            client.updateItem(b -> b.tableName(campaigns).key(CampaignItems.key(id))
                    .updateExpression("SET #s = :finished")
                    .conditionExpression("#s = :running AND attribute_exists(targeted) AND outcomes >= targeted")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":finished", s("finished"), ":running", s("running"))));
        } catch (ConditionalCheckFailedException e) {
            // Not done yet, or cancelled: the last batch (or the starter) finishes it.
        }
    }

    private static Map<String, AttributeValue> values(String to, String condition) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":to", s(to)));
        for (String status : List.of("draft", "scheduled", "running")) {
            if (condition.contains(":" + status)) {
                values.put(":" + status, s(status));
            }
        }
        return values;
    }

    private static Map<String, AttributeValue> inboxItem(String customerHash, InboxMessage message) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(new Owner(customerHash, Owner.DEFAULT_PROFILE).key()));
        item.put("sk", s(InboxItem.SORT_PREFIX + DynamoDbReminderStore.DUE_TIME.format(message.occurrence()) + "#"
                + message.kind() + "#" + message.sourceId()));
        item.put("customer", s(customerHash));
        item.put("kind", s(message.kind()));
        item.put("sourceId", s(message.sourceId()));
        item.put("occurrence", s(message.occurrence().toString()));
        item.put("text", s(message.text()));
        item.put("deliveredAt", s(message.deliveredAt().toString()));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(
                message.deliveredAt().plus(DynamoDbReminderStore.INBOX_RETENTION).getEpochSecond())));
        return item;
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item == null ? null : item.get(name);
        return value == null ? 0 : Long.parseLong(value.n());
    }

    private static String encode(Map<String, AttributeValue> key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (key.get("pk").s() + "\n" + key.get("sk").s()).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decode(String cursor) {
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
        return Map.of("pk", s(parts[0]), "sk", s(parts[1]));
    }
}
