package dev.rapport.chat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import java.time.Instant;
import java.util.Optional;

/**
 * A turn after its one read and before its message is looked at: either the first answer to a retry,
 * or what the turn is answered from, the profile, rate window and session already checked. A voice
 * turn is opened before its note is transcribed, so none of these pays for a transcription.
 */
public final class OpenedTurn {

    private final Answering answering;
    private final IdempotencyRecord replay;

    private OpenedTurn(Answering answering, IdempotencyRecord replay) {
        this.answering = answering;
        this.replay = replay;
    }

    /** What a turn that is not a retry is answered from. */
    record Answering(
            Caller caller,
            Owner owner,
            Idempotency idempotency,
            Instant now,
            RateWindow window,
            Session session,
            ProfileContext profile) {}

    static OpenedTurn replaying(IdempotencyRecord first) {
        return new OpenedTurn(null, first);
    }

    static OpenedTurn answering(Answering answering) {
        return new OpenedTurn(answering, null);
    }

    /** The first answer when this request was answered before (same key, same request): nothing more to do. */
    public Optional<IdempotencyRecord> replay() {
        return Optional.ofNullable(replay);
    }

    Answering answering() {
        return answering;
    }
}
