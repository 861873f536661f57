package dev.rapport.storage.dynamodb;

import dev.rapport.feedback.Feedback;
import dev.rapport.feedback.FeedbackStore;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Feedback beside its turn in the conversations table. A turn is found by id through the sparse
 * {@code byTurn} index (only turn items carry {@code turnId}), which projects its owner and expiry.
 */
public final class DynamoDbFeedbackStore implements FeedbackStore {

    private final DynamoDbEnhancedClient client;
    private final Supplier<DynamoDbIndex<TurnOwnerItem>> byTurn;
    private final Supplier<DynamoDbTable<FeedbackItem>> feedback;
    private final ErasureGuard guard;
    private final Supplier<DynamoDbTable<SettingsItem>> guarded;

    /**
     * @param guard the customers' erasure markers, checked by every feedback in its own transaction (a
     *              rating that read its turn before an erasure never lands after it); null checks none
     */
    public DynamoDbFeedbackStore(DynamoDbEnhancedClient client, String conversationsTable, ErasureGuard guard) {
        this.client = client;
        this.byTurn = new OnFirstUse<>(
                () -> client.table(conversationsTable, TurnOwnerItem.SCHEMA).index(TurnOwnerItem.INDEX));
        this.feedback = new OnFirstUse<>(() -> client.table(conversationsTable, FeedbackItem.SCHEMA));
        this.guard = guard;
        this.guarded = guard == null ? null : new OnFirstUse<>(() -> client.table(guard.table(), SettingsItem.SCHEMA));
    }

    @Override
    public Optional<RatedTurn> findTurn(String turnId) {
        return byTurn
                .get()
                .query(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue(turnId).build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .filter(item -> item.sk().startsWith(TurnItem.SORT_PREFIX))
                .findFirst()
                .map(item -> new RatedTurn(turnId, item.pk(), item.customer(), item.expiresAt()));
    }

    @Override
    public void save(RatedTurn turn, Feedback given) {
        FeedbackItem item = new FeedbackItem();
        item.pk(turn.partition());
        item.sk(FeedbackItem.SORT_PREFIX + turn.turnId());
        item.ratedTurn(turn.turnId());
        item.rating(given.rating());
        item.thumbs(given.thumbs());
        item.comment(given.comment());
        item.at(given.at().toString());
        item.customer(turn.customerHash());
        item.expiresAt(turn.expiresAt());
        if (guard == null) {
            feedback.get().putItem(item);
            return;
        }
        try {
            client.transactWriteItems(r -> r.addPutItem(feedback.get(), item)
                    .addConditionCheck(guarded.get(), guard.conditionCheck(turn.customerHash())));
        } catch (TransactionCanceledException e) {
            if (ErasureGuard.tripped(e, 1)) {
                throw ErasureGuard.erased();
            }
            throw e;
        }
    }
}
