package dev.rapport.handoff;

import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import java.util.List;
import java.util.Objects;

/** The handoff queue as support admins see it; nobody else sees any of it. */
public final class HandoffService {

    static final int PAGE = 50;

    private final HandoffQueue queue;

    public HandoffService(HandoffQueue queue) {
        this.queue = Objects.requireNonNull(queue);
    }

    public List<Handoff> open(Caller caller) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins can see the handoff queue.");
        }
        return queue.open(PAGE);
    }
}
