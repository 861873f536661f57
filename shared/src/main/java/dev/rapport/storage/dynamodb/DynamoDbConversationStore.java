package dev.rapport.storage.dynamodb;

import dev.rapport.chat.ConcurrentTurnException;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.DuplicateRequestException;
import dev.rapport.chat.IdempotencyRecord;
import dev.rapport.chat.ProfileContext;
import dev.rapport.chat.RateLimitedException;
import dev.rapport.chat.RateWindow;
import dev.rapport.chat.Session;
import dev.rapport.chat.Turn;
import dev.rapport.handoff.Handoff;
import dev.rapport.identity.Owner;
import dev.rapport.memory.MemoryBook;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.Reminder;
import dev.rapport.settings.CustomerSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactUpdateItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Sessions and turns in one table (partition per customer, profile and session) and idempotency
 * records in another, through the Enhanced Client. A turn costs one BatchGetItem and one
 * TransactWriteItems.
 */
public final class DynamoDbConversationStore implements ConversationStore {

    private final DynamoDbEnhancedClient client;
    private final DynamoDbTable<SessionItem> sessions;
    private final DynamoDbTable<TurnItem> turns;
    /** Built on first use, as are the reminders: most turns write neither. */
    private final Supplier<DynamoDbTable<HandoffItem>> handoffs;

    private final DynamoDbTable<IdempotencyItem> idempotency;
    private final DynamoDbTable<RateWindowItem> rateWindows;
    private final DynamoDbTable<MemoryBookItem> books;
    private final DynamoDbTable<SettingsItem> settings;
    private final Supplier<DynamoDbTable<ReminderItem>> reminders;
    private final DueSlots dueSlots;
    /** Null for a store built without the memory table (tests, the benchmark): then nothing is checked. */
    private final ErasureGuard guard;

    /** A store that reads no settings or memories and writes no reminders (tests, the benchmark). */
    public DynamoDbConversationStore(
            DynamoDbEnhancedClient client, String conversationsTable, String idempotencyTable) {
        this(client, conversationsTable, idempotencyTable, null, null);
    }

    /** @param memoryTable where settings and memory books live, read with the turn */
    public DynamoDbConversationStore(
            DynamoDbEnhancedClient client, String conversationsTable, String idempotencyTable, String memoryTable) {
        this(client, conversationsTable, idempotencyTable, Objects.requireNonNull(memoryTable, "memoryTable"), null);
    }

    /**
     * @param remindersTable where reminders asked for in chat are written with their turn
     * @param dueSlots the due index's sharding, shared with the reminders functions
     */
    public DynamoDbConversationStore(
            DynamoDbEnhancedClient client,
            String conversationsTable,
            String idempotencyTable,
            String memoryTable,
            String remindersTable,
            DueSlots dueSlots) {
        this(
                client,
                conversationsTable,
                idempotencyTable,
                Objects.requireNonNull(memoryTable, "memoryTable"),
                new RemindersTable(remindersTable, dueSlots));
    }

    /** Null {@code memoryTable} or {@code remindersTable} only from the constructors above: that part is off. */
    private DynamoDbConversationStore(
            DynamoDbEnhancedClient client,
            String conversationsTable,
            String idempotencyTable,
            String memoryTable,
            RemindersTable remindersTable) {
        this.client = Objects.requireNonNull(client, "client");
        Objects.requireNonNull(conversationsTable, "conversationsTable");
        Objects.requireNonNull(idempotencyTable, "idempotencyTable");
        this.reminders = remindersTable == null
                ? null
                : new OnFirstUse<>(() -> client.table(remindersTable.name(), ReminderItem.SCHEMA));
        this.dueSlots = remindersTable == null ? null : remindersTable.dueSlots();
        this.sessions = client.table(conversationsTable, SessionItem.SCHEMA);
        this.turns = client.table(conversationsTable, TurnItem.SCHEMA);
        this.handoffs = new OnFirstUse<>(() -> client.table(conversationsTable, HandoffItem.SCHEMA));
        this.idempotency = client.table(idempotencyTable, IdempotencyItem.SCHEMA);
        this.rateWindows = client.table(idempotencyTable, RateWindowItem.SCHEMA);
        this.books = memoryTable == null ? null : client.table(memoryTable, MemoryBookItem.SCHEMA);
        this.settings = memoryTable == null ? null : client.table(memoryTable, SettingsItem.SCHEMA);
        this.guard = memoryTable == null ? null : new ErasureGuard(memoryTable, Clock.systemUTC());
    }

    private record RemindersTable(String name, DueSlots dueSlots) {
        RemindersTable {
            Objects.requireNonNull(name, "remindersTable");
            Objects.requireNonNull(dueSlots, "dueSlots");
        }
    }

    @Override
    public Snapshot load(Owner owner, String sessionId, String idempotencyId, RateWindow window) {
        boolean counted = window != null && window.limited();
        if (sessionId == null && idempotencyId == null && books == null && !counted) {
            return new Snapshot(Optional.empty(), Optional.empty(), ProfileContext.NONE, 0);
        }
        BatchGetItemEnhancedRequest.Builder request = BatchGetItemEnhancedRequest.builder();
        if (books != null) {
            request.addReadBatch(ReadBatch.builder(MemoryBookItem.class)
                    .mappedTableResource(books)
                    .addGetItem(GetItemEnhancedRequest.builder()
                            .key(DynamoDbMemoryStore.key(owner))
                            .consistentRead(true)
                            .build())
                    .build());
            request.addReadBatch(ReadBatch.builder(SettingsItem.class)
                    .mappedTableResource(settings)
                    .addGetItem(GetItemEnhancedRequest.builder()
                            .key(DynamoDbSettingsStore.key(owner.customerHash()))
                            .consistentRead(true)
                            .build())
                    .build());
        }
        Key sessionKey = sessionId == null ? null : sessionKey(owner, sessionId);
        if (sessionKey != null) {
            request.addReadBatch(ReadBatch.builder(SessionItem.class)
                    .mappedTableResource(sessions)
                    .addGetItem(GetItemEnhancedRequest.builder()
                            .key(sessionKey)
                            .consistentRead(true)
                            .build())
                    .build());
        }
        if (idempotencyId != null) {
            request.addReadBatch(ReadBatch.builder(IdempotencyItem.class)
                    .mappedTableResource(idempotency)
                    .addGetItem(GetItemEnhancedRequest.builder()
                            .key(Key.builder().partitionValue(idempotencyId).build())
                            .consistentRead(true)
                            .build())
                    .build());
        }
        String windowId = counted ? RateWindowItem.id(owner.customerHash(), window.minute()) : null;
        if (counted) {
            request.addReadBatch(ReadBatch.builder(RateWindowItem.class)
                    .mappedTableResource(rateWindows)
                    .addGetItem(GetItemEnhancedRequest.builder()
                            .key(Key.builder().partitionValue(windowId).build())
                            .consistentRead(true)
                            .build())
                    .build());
        }
        SessionItem session = null;
        IdempotencyItem record = null;
        long turnsInWindow = 0;
        MemoryBookItem book = null;
        SettingsItem customerSettings = null;
        for (BatchGetResultPage page : client.batchGetItem(request.build())) {
            for (SessionItem item : page.resultsForTable(sessions)) {
                session = SessionItem.SORT_KEY.equals(item.sk()) ? item : session;
            }
            // Both reads hit the idempotency table; each schema sees both items, the id tells them apart.
            for (IdempotencyItem item : page.resultsForTable(idempotency)) {
                record = item.id().equals(idempotencyId) ? item : record;
            }
            for (RateWindowItem item : page.resultsForTable(rateWindows)) {
                turnsInWindow = item.id().equals(windowId) && item.turns() != null ? item.turns() : turnsInWindow;
            }
            if (books != null) {
                // Both reads hit the memory table; each schema sees both items, the sort key tells them apart.
                for (MemoryBookItem item : page.resultsForTable(books)) {
                    book = MemoryBookItem.SORT_KEY.equals(item.sk()) ? item : book;
                }
                for (SettingsItem item : page.resultsForTable(settings)) {
                    customerSettings = SettingsItem.SORT_KEY.equals(item.sk()) ? item : customerSettings;
                }
            }
        }
        ProfileContext profile = new ProfileContext(
                customerSettings == null ? CustomerSettings.DEFAULTS : DynamoDbSettingsStore.settings(customerSettings),
                book == null
                        ? MemoryBook.empty(MemoryBook.DEFAULT_CAPACITY)
                        : DynamoDbMemoryStore.versioned(book).book());
        return new Snapshot(
                Optional.ofNullable(session).map(s -> ItemMapping.session(owner, s)),
                Optional.ofNullable(record).map(ItemMapping::idempotency),
                profile,
                (int) turnsInWindow);
    }

    @Override
    public void commit(TurnCommit commit) {
        Session session = commit.session();
        String pk = ItemMapping.sessionPartition(session.owner(), session.sessionId());
        Expression versionCheck = commit.expectedVersion() == 0
                ? Expression.builder().expression("attribute_not_exists(pk)").build()
                : Expression.builder()
                        .expression("#v = :v")
                        .expressionNames(Map.of("#v", "version"))
                        .expressionValues(Map.of(":v", AttributeValue.fromN(Long.toString(commit.expectedVersion()))))
                        .build();
        TransactWriteItemsEnhancedRequest.Builder request = TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(
                        sessions,
                        TransactPutItemEnhancedRequest.builder(SessionItem.class)
                                .item(ItemMapping.sessionItem(pk, session, commit.expiresAt()))
                                .conditionExpression(versionCheck)
                                .build())
                .addPutItem(
                        turns,
                        TransactPutItemEnhancedRequest.builder(TurnItem.class)
                                .item(timed(
                                        ItemMapping.turnItem(
                                                pk, session.owner().customerHash(), commit.turn(), commit.expiresAt()),
                                        commit.turn()))
                                .conditionExpression(Expression.builder()
                                        .expression("attribute_not_exists(pk)")
                                        .build())
                                .build());
        IdempotencyRecord record = commit.idempotency();
        if (record != null) {
            request.addPutItem(
                    idempotency,
                    TransactPutItemEnhancedRequest.builder(IdempotencyItem.class)
                            .item(ItemMapping.idempotencyItem(
                                    record, session.owner().customerHash()))
                            .conditionExpression(Expression.builder()
                                    .expression("attribute_not_exists(id) OR expiration <= :now")
                                    .expressionValues(Map.of(
                                            ":now",
                                            AttributeValue.fromN(
                                                    Long.toString(Instant.now().getEpochSecond()))))
                                    .build())
                            .build());
        }
        int idempotencyIndex = record == null ? -1 : 2;
        int windowIndex = -1;
        RateWindow window = commit.window();
        if (window != null && window.limited()) {
            windowIndex = record == null ? 2 : 3;
            RateWindowItem counter = new RateWindowItem();
            counter.id(RateWindowItem.id(session.owner().customerHash(), window.minute()));
            counter.customer(session.owner().customerHash());
            counter.expiration(window.expiresAt());
            request.addUpdateItem(
                    rateWindows,
                    TransactUpdateItemEnhancedRequest.builder(RateWindowItem.class)
                            .item(counter)
                            .ignoreNulls(true)
                            .conditionExpression(Expression.builder()
                                    .expression("attribute_not_exists(turns) OR turns < :limit")
                                    .expressionValues(
                                            Map.of(":limit", AttributeValue.fromN(Integer.toString(window.limit()))))
                                    .build())
                            .build());
        }
        Handoff handoff = commit.handoff();
        if (handoff != null) {
            // Last, so the indexes above stay put; one per session, so a second is a lost race, not a second record.
            request.addPutItem(
                    handoffs.get(),
                    TransactPutItemEnhancedRequest.builder(HandoffItem.class)
                            .item(ItemMapping.handoffItem(
                                    pk, session.owner().customerHash(), handoff, commit.expiresAt()))
                            .conditionExpression(Expression.builder()
                                    .expression("attribute_not_exists(pk)")
                                    .build())
                            .build());
        }
        Reminder reminder = commit.reminder();
        if (reminder != null) {
            if (reminders == null) {
                throw new IllegalStateException("this store was built without a reminders table");
            }
            // Last as well; a fresh id, so the condition only guards against an impossible collision.
            request.addPutItem(
                    reminders.get(),
                    TransactPutItemEnhancedRequest.builder(ReminderItem.class)
                            .item(DynamoDbReminderStore.item(reminder, dueSlots))
                            .conditionExpression(Expression.builder()
                                    .expression("attribute_not_exists(pk)")
                                    .build())
                            .build());
        }
        int guardIndex = -1;
        if (guard != null) {
            // Last of all, in the same transaction: the turn keeps its two round trips.
            guardIndex = 2
                    + (record == null ? 0 : 1)
                    + (windowIndex < 0 ? 0 : 1)
                    + (handoff == null ? 0 : 1)
                    + (reminder == null ? 0 : 1);
            request.addConditionCheck(
                    settings, guard.conditionCheck(session.owner().customerHash()));
        }
        try {
            client.transactWriteItems(request.build());
        } catch (TransactionCanceledException e) {
            if (ErasureGuard.tripped(e, guardIndex)) {
                throw ErasureGuard.erased();
            }
            throw translate(e, idempotencyIndex, windowIndex);
        }
    }

    /**
     * The turn's latency so far (load, model, redaction), by the wall clock against the turn's start.
     * A turn whose time came from another clock (a replayed or test clock) gives no figure rather than a wrong one.
     */
    private static TurnItem timed(TurnItem item, Turn turn) {
        long millis = Duration.between(turn.at(), Instant.now()).toMillis();
        item.latencyMs(millis >= 0 && millis <= MAX_PLAUSIBLE_LATENCY.toMillis() ? millis : null);
        return item;
    }

    private static final Duration MAX_PLAUSIBLE_LATENCY = Duration.ofMinutes(2);

    /** Which write's condition failed decides what the caller does next. */
    private static RuntimeException translate(TransactionCanceledException e, int idempotencyIndex, int windowIndex) {
        List<CancellationReason> reasons = e.cancellationReasons();
        if (failed(reasons, idempotencyIndex)) {
            return new DuplicateRequestException("idempotency record already exists", e);
        }
        if (failed(reasons, windowIndex)) {
            return new RateLimitedException("the customer's turns of this minute are used up", e);
        }
        boolean conflict = reasons.stream()
                .anyMatch(r -> "ConditionalCheckFailed".equals(r.code()) || "TransactionConflict".equals(r.code()));
        if (conflict) {
            return new ConcurrentTurnException("session changed since it was read", e);
        }
        return e;
    }

    private static boolean failed(List<CancellationReason> reasons, int index) {
        return index >= 0
                && reasons.size() > index
                && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(String id) {
        IdempotencyItem item = idempotency.getItem(GetItemEnhancedRequest.builder()
                .key(Key.builder().partitionValue(id).build())
                .consistentRead(true)
                .build());
        return Optional.ofNullable(item).map(ItemMapping::idempotency);
    }

    @Override
    public Optional<List<Turn>> recentTurns(Owner owner, String sessionId, int limit) {
        QueryEnhancedRequest query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(ItemMapping.sessionPartition(owner, sessionId))
                        .sortValue(TurnItem.SORT_PREFIX)
                        .build()))
                .scanIndexForward(false)
                .limit(limit)
                .consistentRead(true)
                .build();
        List<Turn> found = new ArrayList<>();
        for (TurnItem item : turns.query(query).items()) {
            found.add(ItemMapping.turn(item));
            if (found.size() == limit) {
                break;
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Collections.reverse(found);
        return Optional.of(found);
    }

    private static Key sessionKey(Owner owner, String sessionId) {
        return Key.builder()
                .partitionValue(ItemMapping.sessionPartition(owner, sessionId))
                .sortValue(SessionItem.SORT_KEY)
                .build();
    }
}
