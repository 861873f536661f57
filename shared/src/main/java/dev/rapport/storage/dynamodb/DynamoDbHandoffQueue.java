package dev.rapport.storage.dynamodb;

import dev.rapport.chat.Turn;
import dev.rapport.handoff.Handoff;
import dev.rapport.handoff.HandoffClosedException;
import dev.rapport.handoff.HandoffClosure;
import dev.rapport.handoff.HandoffId;
import dev.rapport.handoff.HandoffLine;
import dev.rapport.handoff.HandoffQueue;
import dev.rapport.handoff.HandoffStatus;
import dev.rapport.handoff.PersonMessage;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactDeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The queue index, partitioned by status and sorted by creation time, read newest first; a handoff
 * is found by id with one query on it, since the id carries the creation time. Closing is one
 * transaction: the open item moves to its closed key and the session's handoff mark is cleared,
 * under the session's version, so a turn racing the close re-reads the session instead of
 * restoring the mark. A person's message is written into the session's partition only while its
 * handoff is still the open one, checked in the same transaction.
 */
public final class DynamoDbHandoffQueue implements HandoffQueue {

    /** Only a turn of the same session or another close can race a close; a few tries settle it. */
    private static final int MAX_CLOSE_ATTEMPTS = 3;

    private final DynamoDbEnhancedClient client;
    private final Supplier<DynamoDbTable<HandoffItem>> handoffs;
    private final Supplier<DynamoDbTable<SessionItem>> sessions;
    private final Supplier<DynamoDbTable<PersonMessageItem>> messages;
    private final Supplier<DynamoDbTable<TurnItem>> turns;

    /** @param conversationsTable where the turns write the handoff records, beside their sessions */
    public DynamoDbHandoffQueue(DynamoDbEnhancedClient client, String conversationsTable) {
        Objects.requireNonNull(conversationsTable, "conversationsTable");
        this.client = Objects.requireNonNull(client, "client");
        this.handoffs = new OnFirstUse<>(() -> client.table(conversationsTable, HandoffItem.SCHEMA));
        this.sessions = new OnFirstUse<>(() -> client.table(conversationsTable, SessionItem.SCHEMA));
        this.messages = new OnFirstUse<>(() -> client.table(conversationsTable, PersonMessageItem.SCHEMA));
        this.turns = new OnFirstUse<>(() -> client.table(conversationsTable, TurnItem.SCHEMA));
    }

    @Override
    public List<Handoff> list(HandoffStatus status, int limit) {
        return queue(
                        status,
                        QueryConditional.keyEqualTo(
                                Key.builder().partitionValue(status.name()).build()),
                        limit)
                .stream()
                .map(ItemMapping::handoff)
                .toList();
    }

    @Override
    public Optional<Handoff> close(String id, HandoffClosure closure) {
        Optional<Instant> createdAt = HandoffId.createdAt(id);
        Optional<String> partition = createdAt.flatMap(at -> locate(id, ItemMapping.queueTime(at)));
        if (partition.isEmpty()) {
            return Optional.empty();
        }
        String created = ItemMapping.queueTime(createdAt.get());
        for (int attempt = 1; attempt <= MAX_CLOSE_ATTEMPTS; attempt++) {
            // The index lags the table: what is open or closed now is read from the table itself.
            HandoffItem closed = get(partition.get(), HandoffItem.CLOSED_PREFIX + created, handoffs.get());
            if (closed != null) {
                return Optional.of(ItemMapping.handoff(closed));
            }
            HandoffItem open = get(partition.get(), HandoffItem.SORT_KEY, handoffs.get());
            if (open == null || !created.equals(open.createdAt())) {
                return Optional.empty();
            }
            SessionItem session = get(partition.get(), SessionItem.SORT_KEY, sessions.get());
            HandoffItem archived = closed(open, closure);
            List<String> replies = replies(partition.get()).stream()
                    .filter(message -> id.equals(message.handoffId()))
                    .map(PersonMessage::text)
                    .toList();
            try {
                client.transactWriteItems(closing(partition.get(), created, archived, session, replies));
                return Optional.of(ItemMapping.handoff(archived));
            } catch (TransactionCanceledException raced) {
                // Another close, or a turn of the session, got there first: read again and decide again.
            }
        }
        throw ProblemException.conflict(
                "handoff-busy", "The conversation changed while it was being closed; please retry.");
    }

    @Override
    public Optional<PersonMessage> post(String id, PersonMessage message) {
        Optional<Instant> createdAt = HandoffId.createdAt(id);
        Optional<String> partition = createdAt.flatMap(at -> locate(id, ItemMapping.queueTime(at)));
        if (partition.isEmpty()) {
            return Optional.empty();
        }
        String pk = partition.get();
        String created = ItemMapping.queueTime(createdAt.get());
        String sk = PersonMessageItem.SORT_PREFIX + message.id();
        PersonMessageItem stored = get(pk, sk, messages.get());
        if (stored != null) {
            return Optional.of(stored.message());
        }
        HandoffItem open = get(pk, HandoffItem.SORT_KEY, handoffs.get());
        if (open == null || !created.equals(open.createdAt())) {
            if (get(pk, HandoffItem.CLOSED_PREFIX + created, handoffs.get()) != null) {
                throw new HandoffClosedException("handoff " + id + " is closed");
            }
            return Optional.empty();
        }
        // The session's expiry moves with every turn; the message expires with the conversation it is part of.
        SessionItem session = get(pk, SessionItem.SORT_KEY, sessions.get());
        if (session == null) {
            return Optional.empty();
        }
        PersonMessage placed =
                new PersonMessage(message.id(), id, open.sessionId(), message.at(), message.text(), message.by());
        PersonMessageItem item = PersonMessageItem.of(
                pk, placed, session.customer(), session.expiresAt() != null ? session.expiresAt() : open.expiresAt());
        try {
            client.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
                    .addPutItem(
                            messages.get(),
                            TransactPutItemEnhancedRequest.builder(PersonMessageItem.class)
                                    .item(item)
                                    .conditionExpression(Expression.builder()
                                            .expression("attribute_not_exists(pk)")
                                            .build())
                                    .build())
                    .addConditionCheck(
                            handoffs.get(),
                            ConditionCheck.builder()
                                    .key(openHandoff(pk))
                                    .conditionExpression(stillOpenSince(created))
                                    .build())
                    .build());
            return Optional.of(placed);
        } catch (TransactionCanceledException raced) {
            List<CancellationReason> reasons = raced.cancellationReasons();
            if (!reasons.isEmpty()
                    && "ConditionalCheckFailed".equals(reasons.getFirst().code())) {
                // The same message, retried at the same moment: the first write is the message.
                return Optional.ofNullable(get(pk, sk, messages.get())).map(PersonMessageItem::message);
            }
            throw new HandoffClosedException("handoff " + id + " was closed while the message was written");
        }
    }

    @Override
    public List<PersonMessage> messages(Owner owner, String sessionId) {
        return replies(ItemMapping.sessionPartition(owner, sessionId));
    }

    /** Every person's message of a conversation, oldest first. */
    private List<PersonMessage> replies(String pk) {
        QueryEnhancedRequest query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(pk)
                        .sortValue(PersonMessageItem.SORT_PREFIX)
                        .build()))
                .consistentRead(true)
                .build();
        return messages.get().query(query).items().stream()
                .map(PersonMessageItem::message)
                .sorted(Comparator.comparing(PersonMessage::at).thenComparing(PersonMessage::id))
                .toList();
    }

    @Override
    public Optional<List<HandoffLine>> since(String id) {
        Optional<Instant> createdAt = HandoffId.createdAt(id);
        Optional<String> partition = createdAt.flatMap(at -> locate(id, ItemMapping.queueTime(at)));
        if (partition.isEmpty()) {
            return Optional.empty();
        }
        Instant handedOff = createdAt.get();
        // A closed handoff's conversation ends at its close: what follows is the assistant's again.
        Optional<Instant> closedAt = Optional.ofNullable(get(
                        partition.get(), HandoffItem.CLOSED_PREFIX + ItemMapping.queueTime(handedOff), handoffs.get()))
                .map(HandoffItem::closedAt)
                .map(Instant::parse);
        List<HandoffLine> lines = new ArrayList<>();
        // The turn that handed off is in the handoff's transcript already: only later turns are new to the reader.
        for (TurnItem item : turns.get()
                .query(partitionQuery(partition.get(), TurnItem.SORT_PREFIX))
                .items()) {
            Turn turn = ItemMapping.turn(item);
            // The id keeps the handoff's time to the microsecond; the turn's may be finer.
            boolean beforeClose =
                    closedAt.map(closed -> !turn.at().isAfter(closed)).orElse(true);
            if (turn.at().truncatedTo(ChronoUnit.MICROS).isAfter(handedOff) && beforeClose) {
                lines.add(new HandoffLine("customer", turn.message(), turn.at()));
                lines.add(new HandoffLine("assistant", turn.reply(), turn.at()));
            }
        }
        for (PersonMessageItem item : messages.get()
                .query(partitionQuery(partition.get(), PersonMessageItem.SORT_PREFIX))
                .items()) {
            PersonMessage message = item.message();
            if (id.equals(message.handoffId())) {
                lines.add(new HandoffLine(PersonMessage.FROM, message.text(), message.at()));
            }
        }
        // Stable: a customer's message stays before its acknowledgement.
        lines.sort(Comparator.comparing(HandoffLine::at));
        return Optional.of(lines);
    }

    private static QueryEnhancedRequest partitionQuery(String pk, String sortPrefix) {
        return QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(pk).sortValue(sortPrefix).build()))
                .consistentRead(true)
                .build();
    }

    /** The partition of the handoff with this id, open or closed, from the index. */
    private Optional<String> locate(String id, String createdAt) {
        for (HandoffStatus status : HandoffStatus.values()) {
            QueryConditional at = QueryConditional.keyEqualTo(Key.builder()
                    .partitionValue(status.name())
                    .sortValue(createdAt)
                    .build());
            for (HandoffItem item : queue(status, at, Integer.MAX_VALUE)) {
                if (HandoffId.of(item.pk(), Instant.parse(item.createdAt())).equals(id)) {
                    return Optional.of(item.pk());
                }
            }
        }
        return Optional.empty();
    }

    private List<HandoffItem> queue(HandoffStatus status, QueryConditional condition, int limit) {
        QueryEnhancedRequest query = QueryEnhancedRequest.builder()
                .queryConditional(condition)
                .scanIndexForward(false)
                .limit(Math.min(limit, 100))
                .build();
        List<HandoffItem> found = new ArrayList<>();
        for (var page : handoffs.get().index(HandoffItem.QUEUE_INDEX).query(query)) {
            for (HandoffItem item : page.items()) {
                if (found.size() == limit) {
                    return found;
                }
                found.add(item);
            }
        }
        return found;
    }

    private TransactWriteItemsEnhancedRequest closing(
            String pk, String createdAt, HandoffItem archived, SessionItem session, List<String> replies) {
        TransactWriteItemsEnhancedRequest.Builder request = TransactWriteItemsEnhancedRequest.builder()
                .addDeleteItem(
                        handoffs.get(),
                        TransactDeleteItemEnhancedRequest.builder()
                                .key(openHandoff(pk))
                                .conditionExpression(stillOpenSince(createdAt))
                                .build())
                .addPutItem(
                        handoffs.get(),
                        TransactPutItemEnhancedRequest.builder(HandoffItem.class)
                                .item(archived)
                                .conditionExpression(Expression.builder()
                                        .expression("attribute_not_exists(pk)")
                                        .build())
                                .build());
        if (session != null && session.handedOffAt() != null) {
            // The mark goes, so a later turn may hand off again; the version moves, so a turn read before this
            // re-reads.
            long version = session.version();
            session.handedOffAt(null);
            // What the person told the customer goes back with the conversation, so the assistant stands by it.
            session.summary(WindowCodec.writeSummary(WindowCodec.readSummary(session.summary())
                    .withPersonReplies(session.turnCount() == null ? 0 : session.turnCount(), replies)));
            session.version(version + 1);
            request.addPutItem(
                    sessions.get(),
                    TransactPutItemEnhancedRequest.builder(SessionItem.class)
                            .item(session)
                            .conditionExpression(Expression.builder()
                                    .expression("#v = :v")
                                    .expressionNames(Map.of("#v", "version"))
                                    .expressionValues(Map.of(":v", AttributeValue.fromN(Long.toString(version))))
                                    .build())
                            .build());
        }
        return request.build();
    }

    /** The open item, read just now, becomes its closed self under the closed key. */
    private static HandoffItem closed(HandoffItem open, HandoffClosure closure) {
        open.sk(HandoffItem.CLOSED_PREFIX + open.createdAt());
        open.handoffQueue(HandoffStatus.CLOSED.name());
        open.closedAt(closure.closedAt().toString());
        open.closedBy(closure.closedBy());
        open.resolution(closure.resolution());
        return open;
    }

    private static Key openHandoff(String pk) {
        return Key.builder().partitionValue(pk).sortValue(HandoffItem.SORT_KEY).build();
    }

    /** The open handoff is still the one created then: not closed, nor closed and opened again. */
    private static Expression stillOpenSince(String createdAt) {
        return Expression.builder()
                .expression("createdAt = :created")
                .expressionValues(Map.of(":created", AttributeValue.fromS(createdAt)))
                .build();
    }

    private static <T> T get(String pk, String sk, DynamoDbTable<T> table) {
        return table.getItem(GetItemEnhancedRequest.builder()
                .key(Key.builder().partitionValue(pk).sortValue(sk).build())
                .consistentRead(true)
                .build());
    }
}
