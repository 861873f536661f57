package dev.rapport.storage.dynamodb;

import dev.rapport.export.ConversationSource;
import dev.rapport.export.StoredConversation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.ScanEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Conversations for the export job: a paged scan for the sessions started in the range (a batch
 * job, daily; no request ever scans), then per session one query for its turns and one for its
 * feedback. Pages are read lazily, so only one page and one conversation are in memory at a time.
 */
public final class DynamoDbConversationSource implements ConversationSource {

    private final DynamoDbTable<SessionItem> sessions;
    private final DynamoDbTable<TurnItem> turns;
    private final DynamoDbTable<FeedbackItem> feedback;

    public DynamoDbConversationSource(DynamoDbEnhancedClient client, String conversationsTable) {
        this.sessions = client.table(conversationsTable, SessionItem.SCHEMA);
        this.turns = client.table(conversationsTable, TurnItem.SCHEMA);
        this.feedback = client.table(conversationsTable, FeedbackItem.SCHEMA);
    }

    @Override
    public void forEachStartedBetween(LocalDate from, LocalDate to, Consumer<StoredConversation> each) {
        // Stored instants are ISO-8601 in UTC, so comparing them as text compares them as times.
        Expression started = Expression.builder()
                .expression("sk = :session AND createdAt >= :from AND createdAt < :until")
                .expressionValues(Map.of(":session", AttributeValue.fromS(SessionItem.SORT_KEY),
                        ":from", AttributeValue.fromS(from.toString()),
                        ":until", AttributeValue.fromS(to.plusDays(1).toString())))
                .build();
        for (SessionItem session : sessions.scan(ScanEnhancedRequest.builder().filterExpression(started).build()).items()) {
            each.accept(conversation(session));
        }
    }

    private StoredConversation conversation(SessionItem session) {
        Map<String, Integer> ratings = new HashMap<>();
        for (FeedbackItem given : feedback.query(within(session.pk(), FeedbackItem.SORT_PREFIX)).items()) {
            ratings.put(given.ratedTurn(), given.rating() != null ? given.rating() : "up".equals(given.thumbs()) ? 5 : 1);
        }
        List<StoredConversation.Exchange> exchanges = new ArrayList<>();
        // A closed handoff clears the session's mark; the turn that handed off still says so.
        boolean handedOff = session.handedOffAt() != null;
        for (TurnItem turn : turns.query(within(session.pk(), TurnItem.SORT_PREFIX)).items()) {
            exchanges.add(new StoredConversation.Exchange(turn.message(), turn.reply(), ratings.get(turn.turnId())));
            handedOff |= Boolean.TRUE.equals(turn.handoff());
        }
        return new StoredConversation(session.customer(), session.sessionId(), handedOff, exchanges);
    }

    private static QueryConditional within(String pk, String prefix) {
        return QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk).sortValue(prefix).build());
    }
}
