package dev.rapport.feedback;

import java.util.Optional;

/** Port: where answers' turns are found and feedback on them is kept. */
public interface FeedbackStore {

    /** The turn with this id and whose it is; empty when there is none. */
    Optional<RatedTurn> findTurn(String turnId);

    /** Stores the feedback beside its turn, replacing any earlier feedback on it. */
    void save(RatedTurn turn, Feedback feedback);

    /** Where a turn lives, the customer hash of its owner, and when it expires (epoch seconds; null for never). */
    record RatedTurn(String turnId, String partition, String customerHash, Long expiresAt) {}
}
