package dev.rapport.agents;

import java.util.Optional;
import java.util.Set;

/**
 * Settles a turn the rules are unsure of: no cue at all, or two specialists asked for equally. The
 * rules-only path (every Lambda) uses {@link #NONE}; the local stack may compare the message with a
 * few example sentences per specialist ({@link ExemplarTieBreaker}).
 */
public interface TieBreaker {

    /** Leaves every doubt to the rules' own order. */
    TieBreaker NONE = (message, candidates) -> Optional.empty();

    /** One of the candidates, or empty when it cannot tell them apart either. */
    Optional<Specialist> pick(String message, Set<Specialist> candidates);
}
