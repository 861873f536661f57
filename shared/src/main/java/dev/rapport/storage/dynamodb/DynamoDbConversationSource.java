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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * Conversations for the export job: the sessions started on each day of the range from the sparse
 * {@code sessionsByDay} index (never a scan of the table), then per session one query for its turns
 * and one for its feedback. Pages are read lazily, so only one page and one conversation are in memory at a time.
 */
public final class DynamoDbConversationSource implements ConversationSource {

    private final DynamoDbIndex<SessionItem> byDay;
    private final DynamoDbTable<TurnItem> turns;
    private final DynamoDbTable<FeedbackItem> feedback;

    public DynamoDbConversationSource(DynamoDbEnhancedClient client, String conversationsTable) {
        this.byDay = client.table(conversationsTable, SessionItem.SCHEMA).index(SessionItem.BY_DAY_INDEX);
        this.turns = client.table(conversationsTable, TurnItem.SCHEMA);
        this.feedback = client.table(conversationsTable, FeedbackItem.SCHEMA);
    }

    /** One Query of the sparse sessionsByDay index per day (paged), so the cost follows the days asked for. */
    @Override
    public void forEachStartedBetween(LocalDate from, LocalDate to, Consumer<StoredConversation> each) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            QueryConditional onDay = QueryConditional.keyEqualTo(
                    Key.builder().partitionValue(day.toString()).build());
            for (Page<SessionItem> page : byDay.query(
                    QueryEnhancedRequest.builder().queryConditional(onDay).build())) {
                page.items().forEach(session -> each.accept(conversation(session)));
            }
        }
    }

    private StoredConversation conversation(SessionItem session) {
        Map<String, Integer> ratings = new HashMap<>();
        for (FeedbackItem given :
                feedback.query(within(session.pk(), FeedbackItem.SORT_PREFIX)).items()) {
            ratings.put(
                    given.ratedTurn(), given.rating() != null ? given.rating() : "up".equals(given.thumbs()) ? 5 : 1);
        }
        List<StoredConversation.Exchange> exchanges = new ArrayList<>();
        // A closed handoff clears the session's mark; the turn that handed off still says so.
        boolean handedOff = session.handedOffAt() != null;
        for (TurnItem turn :
                turns.query(within(session.pk(), TurnItem.SORT_PREFIX)).items()) {
            exchanges.add(new StoredConversation.Exchange(turn.message(), turn.reply(), ratings.get(turn.turnId())));
            handedOff |= Boolean.TRUE.equals(turn.handoff());
        }
        return new StoredConversation(session.customer(), session.sessionId(), handedOff, exchanges);
    }

    private static QueryConditional within(String pk, String prefix) {
        return QueryConditional.sortBeginsWith(
                Key.builder().partitionValue(pk).sortValue(prefix).build());
    }
}
