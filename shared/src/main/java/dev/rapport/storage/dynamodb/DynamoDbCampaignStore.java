package dev.rapport.storage.dynamodb;

import static dev.rapport.storage.dynamodb.CampaignItems.s;

import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.BirthdayCard;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignStore;
import dev.rapport.campaigns.SkipReason;
import dev.rapport.campaigns.Stats;
import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import java.time.Instant;
import java.util.ArrayList;
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
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Campaigns (with their counters and enqueueing progress) and one outcome item per (campaign,
 * customer) in the campaigns table; the audience items and settings in the memory table; campaign
 * messages in the inbox of the reminders table. The outcome item is the delivery key: written only
 * if absent, in the same transaction as the counter and the inbox message (and, for a message sent, the day's
 * analytics counter of campaign deliveries: {@link CampaignDeliveries}).
 */
public final class DynamoDbCampaignStore implements CampaignStore {

    /** Where a starter got to in the audience, and how many it enqueued before; gone once all is enqueued. */
    private static final String CURSOR = "audienceCursor";

    private static final String ENQUEUED = "enqueued";

    private final DynamoDbClient client;
    private final String campaigns;
    private final String memory;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<SettingsItem> settingsTable;
    private final CampaignDeliveries deliveries;

    /** A store that counts no deliveries in the figures (the marketers' API and the starter never deliver). */
    public DynamoDbCampaignStore(
            DynamoDbClient client, String campaignsTable, String memoryTable, String remindersTable) {
        this(client, campaignsTable, memoryTable, remindersTable, null);
    }

    /** @param analyticsTable where each message sent is counted, in the outcome's own transaction */
    public DynamoDbCampaignStore(
            DynamoDbClient client,
            String campaignsTable,
            String memoryTable,
            String remindersTable,
            String analyticsTable) {
        this.client = client;
        this.campaigns = campaignsTable;
        this.memory = memoryTable;
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.settingsTable = enhanced.table(memoryTable, SettingsItem.SCHEMA);
        this.deliveries = new CampaignDeliveries(
                client, campaignsTable, memoryTable, remindersTable, new DayCounters(analyticsTable));
    }

    @Override
    public void create(Campaign campaign) {
        client.putItem(b -> b.tableName(campaigns)
                .item(CampaignItems.item(campaign))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Campaign> find(String id) {
        Map<String, AttributeValue> item = client.getItem(
                        b -> b.tableName(campaigns).key(CampaignItems.key(id)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CampaignItems.campaign(item));
    }

    @Override
    public Stats stats(String id) {
        Map<String, Long> counts = counts(id);
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (SkipReason reason : SkipReason.values()) {
            skipped.put(reason.wire(), counts.getOrDefault("skipped_" + reason.wire(), 0L));
        }
        Long targeted = counts.get("targeted");
        return new Stats(
                targeted == null ? null : targeted.intValue(),
                counts.getOrDefault("sent", 0L),
                skipped,
                counts.getOrDefault("failed", 0L));
    }

    /**
     * Every number of the campaign item (its {@code targeted}, and the counts written before sharding)
     * summed with its counter shards': one strongly consistent Query of the item and its shards.
     */
    private Map<String, Long> counts(String id) {
        Map<String, AttributeValue> values = new HashMap<>(CampaignItems.countsRange());
        values.put(":pk", s(CampaignItems.pk(id)));
        Map<String, Long> counts = new HashMap<>();
        client.queryPaginator(b -> b.tableName(campaigns)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :first AND :last")
                        .expressionAttributeValues(values))
                .items()
                .forEach(item -> item.forEach((name, value) -> {
                    if (value.n() != null) {
                        counts.merge(name, Long.parseLong(value.n()), Long::sum);
                    }
                }));
        return counts;
    }

    @Override
    public boolean cancel(String id, String by, Instant at) {
        try {
            Map<String, AttributeValue> values = values("cancelled", "#s IN (:draft, :scheduled, :running)");
            values.put(":by", s(by));
            values.put(":at", s(at.toString()));
            // The audit trail rides in the same conditional write: a cancel is never recorded without its author.
            client.updateItem(b -> b.tableName(campaigns)
                    .key(CampaignItems.key(id))
                    .updateExpression("SET #s = :to, cancelledBy = :by, cancelledAt = :at REMOVE dueKey, dueAt")
                    .conditionExpression("#s IN (:draft, :scheduled, :running)")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public List<Campaign> due(Instant now) {
        List<Campaign> found = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(campaigns)
                        .indexName("due")
                        .keyConditionExpression("dueKey = :k AND dueAt <= :now")
                        .expressionAttributeValues(Map.of(
                                ":k", s(CampaignItems.DUE_KEY), ":now", s(DynamoDbReminderStore.DUE_TIME.format(now)))))
                .items()
                .forEach(item -> found.add(CampaignItems.campaign(item)));
        return found;
    }

    /**
     * Keeps {@code dueKey} while enqueueing is unfinished, with {@code dueAt} the lease's end, so
     * {@link #due} finds the campaign again if its starter dies.
     */
    @Override
    public Optional<Progress> claim(String id, Instant now, Instant leaseUntil) {
        try {
            Map<String, AttributeValue> item = client.updateItem(b -> b.tableName(campaigns)
                            .key(CampaignItems.key(id))
                            .updateExpression("SET #s = :running, dueAt = :lease")
                            .conditionExpression(
                                    "attribute_exists(dueKey) AND dueAt <= :now AND #s IN (:scheduled, :running)")
                            .expressionAttributeNames(Map.of("#s", "status"))
                            .expressionAttributeValues(Map.of(
                                    ":running",
                                    s("running"),
                                    ":scheduled",
                                    s("scheduled"),
                                    ":lease",
                                    s(DynamoDbReminderStore.DUE_TIME.format(leaseUntil)),
                                    ":now",
                                    s(DynamoDbReminderStore.DUE_TIME.format(now))))
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            AttributeValue cursor = item.get(CURSOR);
            return Optional.of(new Progress(cursor == null ? null : cursor.s(), (int) number(item, ENQUEUED)));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean advance(String id, Progress read, Progress next) {
        return fromProgress(
                id,
                read,
                "SET " + CURSOR + " = :next, " + ENQUEUED + " = :n",
                Map.of(":next", s(next.cursor()), ":n", AttributeValue.fromN(Integer.toString(next.enqueued()))));
    }

    @Override
    public boolean enqueued(String id, Progress read, int targeted) {
        boolean recorded = fromProgress(
                id,
                read,
                "SET targeted = :n REMOVE dueKey, dueAt, " + CURSOR + ", " + ENQUEUED,
                Map.of(":n", AttributeValue.fromN(Integer.toString(targeted))));
        finishIfDone(id);
        return recorded;
    }

    /** An update made only while the campaign runs and its cursor is still the one {@code read} holds. */
    private boolean fromProgress(String id, Progress read, String update, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":running", s("running"));
        String cursor = "attribute_not_exists(" + CURSOR + ")";
        if (read.cursor() != null) {
            cursor = CURSOR + " = :read";
            all.put(":read", s(read.cursor()));
        }
        String condition = "#s = :running AND " + cursor;
        try {
            client.updateItem(b -> b.tableName(campaigns)
                    .key(CampaignItems.key(id))
                    .updateExpression(update)
                    .conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(all));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private boolean transition(String id, String to, String condition) {
        try {
            client.updateItem(b -> b.tableName(campaigns)
                    .key(CampaignItems.key(id))
                    .updateExpression("SET #s = :to REMOVE dueKey, dueAt")
                    .conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(values(to, condition)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * A page of the audience from the sparse {@code audience} index of the memory table: only
     * audience items are read, however many memories and settings the table holds. Walks the
     * index's shards in turn; a page may be short (or empty) at a shard's end.
     */
    @Override
    public AudiencePage audience(String cursor, int limit) {
        AudienceCursor at = AudienceCursor.parse(cursor);
        QueryResponse page = client.query(b -> {
            b.tableName(memory)
                    .indexName(CampaignItems.AUDIENCE_INDEX)
                    .limit(limit)
                    .keyConditionExpression("#shard = :shard")
                    .expressionAttributeNames(Map.of("#shard", CampaignItems.AUDIENCE_SHARD))
                    .expressionAttributeValues(Map.of(":shard", s(CampaignItems.audienceShard(at.shard()))));
            if (!at.atShardStart()) {
                b.exclusiveStartKey(at.exclusiveStartKey());
            }
        });
        List<Audience> audience =
                page.items().stream().map(CampaignItems::audience).toList();
        return new AudiencePage(audience, AudienceCursor.after(at.shard(), page.lastEvaluatedKey()));
    }

    /** Writes one customer's marketing attributes (the CRM sync's port; tests and benchmarks use it). */
    public void saveAudience(Audience audience) {
        client.putItem(b -> b.tableName(memory).item(CampaignItems.audienceItem(audience)));
    }

    @Override
    public Map<String, CustomerSettings> settings(List<String> customerHashes) {
        Map<String, CustomerSettings> found = new HashMap<>();
        for (int i = 0; i < customerHashes.size(); i += 100) {
            ReadBatch.Builder<SettingsItem> batch =
                    ReadBatch.builder(SettingsItem.class).mappedTableResource(settingsTable);
            customerHashes.subList(i, Math.min(customerHashes.size(), i + 100)).stream()
                    .distinct()
                    .forEach(hash -> batch.addGetItem(DynamoDbSettingsStore.key(hash)));
            enhanced.batchGetItem(b -> b.readBatches(batch.build()))
                    .resultsForTable(settingsTable)
                    .forEach(item -> found.put(item.customer(), DynamoDbSettingsStore.settings(item)));
        }
        return found;
    }

    @Override
    public Map<String, Recipient> recipients(List<String> customerHashes) {
        return deliveries.recipients(customerHashes);
    }

    @Override
    public int campaignMessagesSince(String customerHash, Instant since, Instant now) {
        return deliveries.campaignMessagesSince(customerHash, since, now);
    }

    @Override
    public Recorded record(
            Campaign campaign,
            String customerHash,
            Outcome outcome,
            InboxMessage message,
            BirthdayCard card,
            Recipient recipient,
            Instant at) {
        return deliveries.record(campaign, customerHash, outcome, message, card, recipient, at);
    }

    @Override
    public void finishIfDone(String id) {
        Map<String, Long> counts = counts(id);
        Long targeted = counts.get("targeted");
        long outcomes = counts.getOrDefault("outcomes", 0L);
        if (targeted == null || outcomes < targeted) {
            return;
        }
        // Counts only grow, so outcomes read at or above targeted stay there; the condition guards the status.
        try {
            client.updateItem(b -> b.tableName(campaigns)
                    .key(CampaignItems.key(id))
                    .updateExpression("SET #s = :finished")
                    .conditionExpression("#s = :running AND targeted <= :outcomes")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(
                            ":finished",
                            s("finished"),
                            ":running",
                            s("running"),
                            ":outcomes",
                            AttributeValue.fromN(Long.toString(outcomes)))));
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

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item == null ? null : item.get(name);
        return value == null ? 0 : Long.parseLong(value.n());
    }
}
