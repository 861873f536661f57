package dev.rapport.handoff;

import dev.rapport.identity.Owner;
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

        @Override
        public Optional<PersonMessage> post(String id, PersonMessage message) {
            return Optional.empty();
        }

        @Override
        public List<PersonMessage> messages(Owner owner, String sessionId) {
            return List.of();
        }

        @Override
        public Optional<List<HandoffLine>> since(String id) {
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

    /**
     * Stores a person's message in the conversation of the open handoff with this id, with the
     * conversation's owner and expiry. A message whose id is already stored there is not written
     * again: the stored one is returned, so a retry is harmless even after the close.
     *
     * @return the stored message, with its session, or empty when there is no handoff with this id
     * @throws HandoffClosedException when the handoff is closed and the message is not stored yet
     */
    Optional<PersonMessage> post(String id, PersonMessage message);

    /** The people's messages in the owner's session, oldest first; none for someone else's session. */
    List<PersonMessage> messages(Owner owner, String sessionId);

    /**
     * What was said in the handoff's conversation after it was handed off, oldest first: the
     * customer's messages, their acknowledgements and the people's messages.
     *
     * @return the lines, or empty when there is no handoff with this id
     */
    Optional<List<HandoffLine>> since(String id);
}
