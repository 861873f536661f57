package dev.rapport.chat;

import dev.rapport.handoff.HandoffQueue;
import dev.rapport.handoff.PersonMessage;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import java.util.List;
import java.util.Objects;

/**
 * A customer's own turns of one session, and what a person wrote them there, redacted as stored.
 * Someone else's session is simply not found.
 */
public final class SessionHistory {

    private final ConversationStore store;
    private final HandoffQueue people;
    private final int limit;

    /** History of turns only: for a store that keeps no handoffs. */
    public SessionHistory(ConversationStore store, int limit) {
        this(store, HandoffQueue.NONE, limit);
    }

    /** @param people where the messages of the people who took a handoff over are kept */
    public SessionHistory(ConversationStore store, HandoffQueue people, int limit) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
        this.limit = limit;
    }

    /**
     * @param turns the most recent turns, oldest first
     * @param fromPeople the people's messages from the first of those turns on, oldest first
     */
    public record Conversation(List<Turn> turns, List<PersonMessage> fromPeople) {
        public Conversation {
            turns = List.copyOf(turns);
            fromPeople = List.copyOf(fromPeople);
        }
    }

    public List<Turn> turns(Caller caller, String sessionId, String profileId) {
        return conversation(caller, sessionId, profileId).turns();
    }

    /** The turns, and the people's messages among them; one more read only once the session is found. */
    public Conversation conversation(Caller caller, String sessionId, String profileId) {
        if (!ChatCommand.isValidSessionId(sessionId)) {
            throw ProblemException.notFound("No such session.");
        }
        if (profileId != null && !Owner.isValidProfileId(profileId)) {
            throw ProblemException.badRequest(
                    "invalid-profile-id", "'profileId' must be 1-64 letters, digits, '-' or '_'.");
        }
        Owner owner = Owner.of(caller, profileId);
        List<Turn> turns = store.recentTurns(owner, sessionId, limit)
                .orElseThrow(() -> ProblemException.notFound("No session '" + sessionId + "' was found."));
        // Older turns fall off the page; the people's messages written among them do too.
        var since = turns.getFirst().at();
        List<PersonMessage> fromPeople = people.messages(owner, sessionId).stream()
                .filter(m -> !m.at().isBefore(since))
                .toList();
        return new Conversation(turns, fromPeople);
    }
}
