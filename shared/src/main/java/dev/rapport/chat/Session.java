package dev.rapport.chat;

import dev.rapport.actions.PendingAction;
import dev.rapport.agents.Specialist;
import dev.rapport.identity.Owner;
import dev.rapport.memory.ConsentQuestion;
import dev.rapport.privacy.PlaceholderLedger;
import dev.rapport.privacy.SessionVault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation's state as the next turn needs it: the recent exchanges, the summary of older ones
 * and the version used for optimistic locking. Turns themselves are stored one item each.
 *
 * @param version 0 for a session not yet stored; each stored turn increments it
 * @param placeholders which placeholder each personal value got in this conversation (keyed fingerprints only)
 * @param handedOffAt when the conversation was passed to a person, or null: one open handoff at a time
 *        (closing it clears this, so a customer who comes back upset reaches a person again)
 * @param pendingActions changes the assistant proposed last turn, waiting for the customer's yes
 * @param vault values an action may need (addresses, phones), encrypted and short-lived
 * @param pendingConsent the sensitive fact asked about last turn, waiting for the customer's yes or no; or null
 * @param agent the specialist that answered the last turn, for the supervisor; null before the first, or when
 *     no specialists are configured
 */
public record Session(
        Owner owner,
        String sessionId,
        long version,
        int turnCount,
        RollingSummary summary,
        List<Exchange> window,
        Instant createdAt,
        Instant updatedAt,
        PlaceholderLedger placeholders,
        Instant handedOffAt,
        List<PendingAction> pendingActions,
        SessionVault vault,
        ConsentQuestion pendingConsent,
        Specialist agent) {

    public Session {
        vault = vault == null ? SessionVault.empty() : vault;
        window = List.copyOf(window);
        pendingActions = pendingActions == null ? List.of() : List.copyOf(pendingActions);
        placeholders = placeholders == null ? PlaceholderLedger.empty() : placeholders;
    }

    public static Session start(Owner owner, String sessionId, Instant now) {
        return new Session(
                owner,
                sessionId,
                0,
                0,
                RollingSummary.EMPTY,
                List.of(),
                now,
                now,
                PlaceholderLedger.empty(),
                null,
                List.of(),
                SessionVault.empty(),
                null,
                null);
    }

    public Session withPlaceholders(PlaceholderLedger ledger) {
        return new Session(
                owner,
                sessionId,
                version,
                turnCount,
                summary,
                window,
                createdAt,
                updatedAt,
                ledger,
                handedOffAt,
                pendingActions,
                vault,
                pendingConsent,
                agent);
    }

    public Session withVault(SessionVault next) {
        return new Session(
                owner,
                sessionId,
                version,
                turnCount,
                summary,
                window,
                createdAt,
                updatedAt,
                placeholders,
                handedOffAt,
                pendingActions,
                next,
                pendingConsent,
                agent);
    }

    public int nextSeq() {
        return turnCount + 1;
    }

    /** The session after {@code exchange}: one version on, oldest exchanges folded into the summary. */
    public Session append(Exchange exchange, ContextPolicy policy) {
        List<Exchange> recent = new ArrayList<>(window);
        recent.add(exchange);
        RollingSummary folded = summary;
        while (recent.size() > policy.recentTurns()) {
            folded = folded.fold(recent.remove(0), policy.summaryChars());
        }
        return new Session(
                owner,
                sessionId,
                version + 1,
                exchange.seq(),
                folded,
                recent,
                createdAt,
                exchange.at(),
                placeholders,
                handedOffAt,
                pendingActions,
                vault,
                pendingConsent,
                agent);
    }

    public boolean handedOff() {
        return handedOffAt != null;
    }

    public Session handedOffAt(Instant at) {
        return new Session(
                owner,
                sessionId,
                version,
                turnCount,
                summary,
                window,
                createdAt,
                updatedAt,
                placeholders,
                at,
                pendingActions,
                vault,
                pendingConsent,
                agent);
    }

    /** The session with these proposals waiting for confirmation (an empty list clears them). */
    public Session withPendingActions(List<PendingAction> proposed) {
        return new Session(
                owner,
                sessionId,
                version,
                turnCount,
                summary,
                window,
                createdAt,
                updatedAt,
                placeholders,
                handedOffAt,
                proposed,
                vault,
                pendingConsent,
                agent);
    }

    /** The session with this consent question waiting for an answer; null clears it. */
    public Session withPendingConsent(ConsentQuestion asked) {
        return new Session(
                owner,
                sessionId,
                version,
                turnCount,
                summary,
                window,
                createdAt,
                updatedAt,
                placeholders,
                handedOffAt,
                pendingActions,
                vault,
                asked,
                agent);
    }

    /** The session with the specialist that answered this turn; null keeps the one before (a person answered). */
    public Session withAgent(Specialist answered) {
        return new Session(
                owner,
                sessionId,
                version,
                turnCount,
                summary,
                window,
                createdAt,
                updatedAt,
                placeholders,
                handedOffAt,
                pendingActions,
                vault,
                pendingConsent,
                answered == null ? agent : answered);
    }
}
