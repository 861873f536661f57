package dev.rapport.chat;

import dev.rapport.identity.Owner;
import java.util.List;
import java.util.Optional;

/**
 * The real store for a priming turn, made unable to write: its commit asks for a session version
 * that cannot exist, so DynamoDB cancels the whole transaction after the request was built, sent and
 * answered — every code path of a real commit, and nothing stored.
 */
final class PrimingStore implements ConversationStore {

    private final ConversationStore store;

    PrimingStore(ConversationStore store) {
        this.store = store;
    }

    @Override
    public Snapshot load(Owner owner, String sessionId, String idempotencyId, RateWindow window) {
        return store.load(owner, sessionId, idempotencyId, window);
    }

    @Override
    public void commit(TurnCommit commit) {
        try {
            store.commit(new TurnCommit(
                    commit.session(),
                    Long.MAX_VALUE,
                    commit.turn(),
                    commit.idempotency(),
                    commit.expiresAt(),
                    commit.window(),
                    commit.handoff()));
        } catch (ConcurrentTurnException expected) {
            // The refusal is the point: the transaction ran and wrote nothing.
        }
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(String id) {
        return store.idempotencyRecord(id);
    }

    @Override
    public Optional<List<Turn>> recentTurns(Owner owner, String sessionId, int limit) {
        return store.recentTurns(owner, sessionId, limit);
    }
}
