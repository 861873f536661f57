package dev.rapport.handoff;

import java.util.List;
import java.util.Optional;

/**
 * The handoffs, newest first; an open one is written with the turn that handed off, in the same
 * transaction, and a session has at most one open at a time.
 */
public interface HandoffQueue {

    /** Nothing queued, nothing to close: for a store that keeps no queue. */
    HandoffQueue NONE = new HandoffQueue() {
        @Override
        public List<Handoff> list(HandoffStatus status, int limit) {
            return List.of();
        }

        @Override
        public Optional<Handoff> close(String id, HandoffClosure closure) {
            return Optional.empty();
        }
    };

    List<Handoff> list(HandoffStatus status, int limit);

    default List<Handoff> open(int limit) {
        return list(HandoffStatus.OPEN, limit);
    }

    /**
     * Closes the handoff and lets its session hand off again, in one transaction. Closing a closed
     * handoff changes nothing and returns it as it was closed the first time.
     *
     * @return the closed handoff, or empty when there is no handoff with this id
     */
    Optional<Handoff> close(String id, HandoffClosure closure);
}
