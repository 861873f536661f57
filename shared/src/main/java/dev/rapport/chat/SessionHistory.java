package dev.rapport.chat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import java.util.List;

/** A customer's own turns of one session, redacted as stored. Someone else's session is simply not found. */
public final class SessionHistory {

    private final ConversationStore store;
    private final int limit;

    public SessionHistory(ConversationStore store, int limit) {
        this.store = store;
        this.limit = limit;
    }

    public List<Turn> turns(Caller caller, String sessionId, String profileId) {
        if (!ChatCommand.isValidSessionId(sessionId)) {
            throw ProblemException.notFound("No such session.");
        }
        if (profileId != null && !Owner.isValidProfileId(profileId)) {
            throw ProblemException.badRequest(
                    "invalid-profile-id", "'profileId' must be 1-64 letters, digits, '-' or '_'.");
        }
        return store.recentTurns(Owner.of(caller, profileId), sessionId, limit)
                .orElseThrow(() -> ProblemException.notFound("No session '" + sessionId + "' was found."));
    }
}
