package dev.rapport.storage.dynamodb;

import dev.rapport.analytics.Counter;
import dev.rapport.analytics.Tally;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.InboxMessage;
import dev.rapport.reminders.Reminder;
import dev.rapport.reminders.ReminderStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Reminders and the inbox in the reminders table, in each owner's partition (so isolation and
 * erasure work by key, and every item carries {@code customer} for the byCustomer index), with
 * the sparse {@code due} index the sweep reads and one item holding how far sweeping got. Each
 * delivery also counts itself in the day's analytics counters, in the same transaction. Each owner's
 * active reminders are counted in one item of their partition, written in the same transaction as
 * the reminder that changes it, so the cap holds under parallel writes.
 */
public final class DynamoDbReminderStore implements ReminderStore {

    /** Fixed width, so index order is time order. */
    static final DateTimeFormatter DUE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    static final Duration INBOX_RETENTION = Duration.ofDays(365);
    private static final String SWEEP_PK = "SWEEP";
    private static final String SWEEP_SK = "REMINDERS";
    static final String ACTIVE_COUNT_SK = "COUNT#ACTIVE";
    private static final int DELETE_ATTEMPTS = 5;
    private static final Tally DELIVERED = Tally.EMPTY.with(Counter.REMINDER_DELIVERIES, 1);

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<ReminderItem> reminders;
    private final DynamoDbIndex<ReminderItem> due;
    private final DynamoDbTable<InboxItem> inbox;
    private final DueSlots slots;
    private final ErasureGuard guard;
    private final DayCounters counters;

    /** A store that counts no deliveries in the figures (the reminders API never delivers). */
    public DynamoDbReminderStore(DynamoDbClient client, String tableName, DueSlots slots) {
        this(client, tableName, slots, null);
    }

    /** @param analyticsTable where each delivery is counted, in the delivery's own transaction */
    public DynamoDbReminderStore(DynamoDbClient client, String tableName, DueSlots slots, String analyticsTable) {
        this(client, tableName, slots, analyticsTable, null);
    }

    /**
     * @param guard the customers' erasure markers, checked by every new reminder; null checks none.
     *     Deliveries need no check: each is conditional on its reminder still being there.
     */
    public DynamoDbReminderStore(
            DynamoDbClient client, String tableName, DueSlots slots, String analyticsTable, ErasureGuard guard) {
        this.client = client;
        this.guard = guard;
        this.counters = new DayCounters(analyticsTable);
        DynamoDbEnhancedClient enhanced =
                DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.tableName = tableName;
        this.reminders = enhanced.table(tableName, ReminderItem.SCHEMA);
        this.due = reminders.index(ReminderItem.DUE_INDEX);
        this.inbox = enhanced.table(tableName, InboxItem.SCHEMA);
        this.slots = slots;
    }

    @Override
    public boolean create(Reminder reminder, int limit, long activeNow) {
        if (activeNow >= limit) {
            return false;
        }
        Map<String, AttributeValue> values = Map.of(
                ":one",
                AttributeValue.fromN("1"),
                ":start",
                AttributeValue.fromN(Long.toString(activeNow)),
                ":limit",
                AttributeValue.fromN(Integer.toString(limit)),
                ":c",
                AttributeValue.fromS(reminder.owner().customerHash()));
        List<TransactWriteItem> writes = new ArrayList<>(List.of(
                TransactWriteItem.builder()
                        .put(p -> p.tableName(tableName)
                                .item(ReminderItem.SCHEMA.itemToMap(item(reminder, slots), true))
                                .conditionExpression("attribute_not_exists(pk)"))
                        .build(),
                TransactWriteItem.builder()
                        .update(u -> u.tableName(tableName)
                                .key(countKey(reminder.owner()))
                                .updateExpression("SET active = if_not_exists(active, :start) + :one, customer = :c")
                                .conditionExpression("attribute_not_exists(active) OR active < :limit")
                                .expressionAttributeValues(values))
                        .build()));
        if (guard != null) {
            writes.add(guard.transactItem(reminder.owner().customerHash()));
        }
        try {
            DayCounters.transact(client, writes);
            return true;
        } catch (TransactionCanceledException e) {
            if (guard != null && ErasureGuard.tripped(e, 2)) {
                throw ErasureGuard.erased();
            }
            if (DayCounters.conditionFailed(e, 1)) {
                return false;
            }
            throw e;
        }
    }

    /** Stored before reminders were counted, and no count was started since: deleted with nothing to take off. */
    private boolean deleteUncounted(TransactWriteItem delete) {
        try {
            DayCounters.transact(client, List.of(delete));
            return true;
        } catch (TransactionCanceledException e) {
            if (DayCounters.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    /** One fewer active reminder of the owner's, in the transaction that ends one; only if counted. */
    private static TransactWriteItem uncount(String tableName, Owner owner) {
        return TransactWriteItem.builder()
                .update(u -> u.tableName(tableName)
                        .key(countKey(owner))
                        .updateExpression("SET active = active - :one")
                        .conditionExpression("active > :zero")
                        .expressionAttributeValues(
                                Map.of(":one", AttributeValue.fromN("1"), ":zero", AttributeValue.fromN("0"))))
                .build();
    }

    /**
     * The owner's count of active reminders: in their partition, carrying {@code customer}, so erasure takes it too.
     */
    static Map<String, AttributeValue> countKey(Owner owner) {
        return Map.of("pk", AttributeValue.fromS(owner.key()), "sk", AttributeValue.fromS(ACTIVE_COUNT_SK));
    }

    /** The item of a reminder, for writes in other transactions (a chat turn creating one). */
    static ReminderItem item(Reminder r, DueSlots slots) {
        ReminderItem item = new ReminderItem();
        item.pk(r.owner().key());
        item.sk(ReminderItem.SORT_PREFIX + r.id());
        item.id(r.id());
        item.customer(r.owner().customerHash());
        item.profileId(r.owner().profileId());
        item.text(r.text());
        item.zone(r.zone());
        item.start(r.start().toString());
        item.rule(r.rule());
        item.delivered(r.delivered());
        item.createdAt(r.createdAt().toString());
        if (r.nextAt() != null) {
            item.nextAt(r.nextAt().toString());
            item.dueSlot(slots.slotOf(r.id(), r.nextAt()));
            item.dueAt(DUE_TIME.format(r.nextAt()));
        }
        return item;
    }

    static Reminder reminder(ReminderItem item) {
        return new Reminder(
                item.id(),
                new Owner(item.customer(), item.profileId()),
                item.text(),
                item.zone(),
                LocalDateTime.parse(item.start()),
                item.rule(),
                item.nextAt() == null ? null : Instant.parse(item.nextAt()),
                item.delivered() == null ? 0 : item.delivered(),
                Instant.parse(item.createdAt()));
    }

    @Override
    public List<Reminder> list(Owner owner) {
        List<Reminder> found = new ArrayList<>();
        reminders
                .query(r -> r.queryConditional(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(owner.key())
                        .sortValue(ReminderItem.SORT_PREFIX)
                        .build())))
                .items()
                .forEach(item -> found.add(reminder(item)));
        found.sort(Comparator.comparing(Reminder::nextAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return found;
    }

    @Override
    public boolean delete(Owner owner, String id) {
        for (int attempt = 1; attempt <= DELETE_ATTEMPTS; attempt++) {
            Optional<Reminder> stored = find(owner, id);
            if (stored.isEmpty()) {
                return false;
            }
            boolean active = stored.get().active();
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(TransactWriteItem.builder()
                    .delete(d -> d.tableName(tableName)
                            .key(key(owner, id).primaryKeyMap(ReminderItem.SCHEMA))
                            .conditionExpression(
                                    active
                                            ? "attribute_exists(nextAt)"
                                            : "attribute_exists(pk) AND attribute_not_exists(nextAt)"))
                    .build());
            if (active) {
                writes.add(uncount(tableName, owner));
            }
            try {
                DayCounters.transact(client, writes);
                return true;
            } catch (TransactionCanceledException e) {
                if (!DayCounters.conditionFailed(e, 0) && !(active && DayCounters.conditionFailed(e, 1))) {
                    throw e;
                }
                if (!DayCounters.conditionFailed(e, 0) && deleteUncounted(writes.getFirst())) {
                    return true;
                }
                // Delivered for the last time or deleted meanwhile: read it again.
            }
        }
        throw new IllegalStateException("the reminder kept changing while it was deleted");
    }

    @Override
    public List<Reminder> dueIn(String slot, Instant now) {
        List<Reminder> found = new ArrayList<>();
        due.query(r -> r.queryConditional(QueryConditional.sortLessThanOrEqualTo(Key.builder()
                        .partitionValue(slot)
                        .sortValue(DUE_TIME.format(now))
                        .build())))
                .forEach(page -> page.items().forEach(item -> found.add(reminder(item))));
        return found;
    }

    @Override
    public Optional<Reminder> find(Owner owner, String id) {
        return Optional.ofNullable(reminders.getItem(b -> b.key(key(owner, id)).consistentRead(true)))
                .map(DynamoDbReminderStore::reminder);
    }

    @Override
    public boolean deliver(Reminder dueReminder, InboxMessage message, Reminder after) {
        InboxItem delivered = new InboxItem();
        delivered.pk(dueReminder.owner().key());
        delivered.sk(InboxItem.SORT_PREFIX + DUE_TIME.format(message.occurrence()) + "#" + message.kind() + "#"
                + message.sourceId());
        delivered.customer(dueReminder.owner().customerHash());
        delivered.kind(message.kind());
        delivered.sourceId(message.sourceId());
        delivered.occurrence(message.occurrence().toString());
        delivered.text(message.text());
        delivered.deliveredAt(message.deliveredAt().toString());
        delivered.expiresAt(message.deliveredAt().plus(INBOX_RETENTION).getEpochSecond());
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(tableName)
                        .item(InboxItem.SCHEMA.itemToMap(delivered, true))
                        .conditionExpression("attribute_not_exists(pk)"))
                .build());
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(tableName)
                        .item(ReminderItem.SCHEMA.itemToMap(item(after, slots), true))
                        .conditionExpression("nextAt = :due")
                        .expressionAttributeValues(Map.of(
                                ":due",
                                AttributeValue.fromS(dueReminder.nextAt().toString()))))
                .build());
        counters.add(message.deliveredAt(), DELIVERED).ifPresent(writes::add);
        if (!after.active()) {
            writes.add(uncount(tableName, dueReminder.owner()));
        }
        try {
            try {
                DayCounters.transact(client, writes);
            } catch (TransactionCanceledException e) {
                if (after.active() || !onlyCountFailed(e, writes.size() - 1)) {
                    throw e;
                }
                // Stored before reminders were counted, and no count was started since: nothing to take off.
                writes.removeLast();
                DayCounters.transact(client, writes);
            }
            return true;
        } catch (TransactionCanceledException e) {
            // Already delivered, delivered by a concurrent sweep, or the reminder was deleted or changed:
            // nothing was written, and nothing counted.
            return false;
        }
    }

    private static boolean onlyCountFailed(TransactionCanceledException e, int countIndex) {
        List<CancellationReason> reasons = e.cancellationReasons();
        for (int i = 0; i < reasons.size(); i++) {
            boolean failed = "ConditionalCheckFailed".equals(reasons.get(i).code());
            if (failed != (i == countIndex)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public InboxPage inbox(Owner owner, int limit, String cursor) {
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(owner.key())
                        .sortValue(InboxItem.SORT_PREFIX)
                        .build()))
                .scanIndexForward(false)
                .limit(limit);
        if (cursor != null) {
            request.exclusiveStartKey(
                    Map.of("pk", AttributeValue.fromS(owner.key()), "sk", AttributeValue.fromS(decodeCursor(cursor))));
        }
        Page<InboxItem> page = inbox.query(request.build()).iterator().next();
        List<InboxMessage> messages = page.items().stream()
                .map(i -> new InboxMessage(
                        i.kind(),
                        i.sourceId(),
                        Instant.parse(i.occurrence()),
                        i.text(),
                        Instant.parse(i.deliveredAt()),
                        i.card()))
                .toList();
        Map<String, AttributeValue> last = page.lastEvaluatedKey();
        String next = last == null || last.isEmpty()
                ? null
                : Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(last.get("sk").s().getBytes(StandardCharsets.UTF_8));
        return new InboxPage(messages, next);
    }

    @Override
    public Optional<Instant> sweptUntil() {
        Map<String, AttributeValue> item = client.getItem(
                        b -> b.tableName(tableName).key(sweepKey()).consistentRead(true))
                .item();
        return item == null || !item.containsKey("sweptUntil")
                ? Optional.empty()
                : Optional.of(Instant.parse(item.get("sweptUntil").s()));
    }

    @Override
    public void markSwept(Instant until) {
        try {
            client.updateItem(b -> b.tableName(tableName)
                    .key(sweepKey())
                    .updateExpression("SET sweptUntil = :t")
                    .conditionExpression("attribute_not_exists(sweptUntil) OR sweptUntil < :t")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(DUE_TIME.format(until)))));
        } catch (ConditionalCheckFailedException e) {
            // A later sweep already got further.
        }
    }

    private static Map<String, AttributeValue> sweepKey() {
        return Map.of("pk", AttributeValue.fromS(SWEEP_PK), "sk", AttributeValue.fromS(SWEEP_SK));
    }

    private static Key key(Owner owner, String id) {
        return Key.builder()
                .partitionValue(owner.key())
                .sortValue(ReminderItem.SORT_PREFIX + id)
                .build();
    }

    private static String decodeCursor(String cursor) {
        try {
            String sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (sk.startsWith(InboxItem.SORT_PREFIX) && sk.length() < 300) {
                return sk;
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the problem below.
        }
        throw ProblemException.badRequest("invalid-cursor", "The cursor is not one this API returned.");
    }
}
