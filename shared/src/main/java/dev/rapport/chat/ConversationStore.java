package dev.rapport.chat;

import dev.rapport.handoff.Handoff;
import dev.rapport.identity.Owner;
import dev.rapport.reminders.Reminder;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions, turns and idempotency records live. {@link #load} and {@link #commit} are one
 * round trip each, which is the whole storage cost of a chat turn.
 */
public interface ConversationStore {

    /**
     * In one round trip: the session (if {@code sessionId} is given), the idempotency record (if
     * {@code idempotencyId} is given), the customer's settings and the profile's memories, and the
     * customer's turns in {@code window} (if given and limited).
     */
    Snapshot load(Owner owner, String sessionId, String idempotencyId, RateWindow window);

    /**
     * Writes the turn, the new session state, the idempotency record and any handoff record or
     * reminder atomically.
     *
     * @throws ConcurrentTurnException when the session moved on since it was loaded
     * @throws DuplicateRequestException when a live idempotency record with this id already exists
     * @throws RateLimitedException when the customer's window filled up since it was loaded
     */
    void commit(TurnCommit commit);

    Optional<IdempotencyRecord> idempotencyRecord(String id);

    /** The session's most recent turns, oldest first; empty when the owner has no such session. */
    Optional<List<Turn>> recentTurns(Owner owner, String sessionId, int limit);

    record Snapshot(
            Optional<Session> session,
            Optional<IdempotencyRecord> idempotency,
            ProfileContext profile,
            int turnsInWindow) {}

    /**
     * @param session the state after the turn
     * @param expectedVersion the version loaded; 0 when the session is new
     * @param idempotency the record to create with the turn, or null
     * @param expiresAt epoch seconds when the session and turn expire (TTL)
     * @param window the rate window to count the turn in, or null
     * @param handoff the session's handoff record when this turn hands it to a person, or null
     * @param reminder a reminder the customer asked for in this turn, or null
     */
    record TurnCommit(
            Session session,
            long expectedVersion,
            Turn turn,
            IdempotencyRecord idempotency,
            long expiresAt,
            RateWindow window,
            Handoff handoff,
            Reminder reminder) {

        public TurnCommit(
                Session session,
                long expectedVersion,
                Turn turn,
                IdempotencyRecord idempotency,
                long expiresAt,
                RateWindow window,
                Handoff handoff) {
            this(session, expectedVersion, turn, idempotency, expiresAt, window, handoff, null);
        }
    }
}
