package dev.rapport.chat;

import dev.rapport.mood.Mood;
import dev.rapport.problem.ProblemException;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes a turn in one transaction; when another turn of the session won the race, reloads and
 * appends after it, so concurrent turns are all kept.
 */
final class TurnWriter {

    private static final int MAX_WRITE_ATTEMPTS = 16;

    private final ConversationStore store;
    private final ChatSettings settings;
    private final HandoffDecider handoffs;

    TurnWriter(ConversationStore store, ChatSettings settings, HandoffDecider handoffs) {
        this.store = store;
        this.settings = settings;
        this.handoffs = handoffs;
    }

    ChatReply write(
            Session loaded, TurnDraft draft, ChatReply reply, Idempotency idempotency, Instant now, RateWindow window) {
        Session base = loaded;
        for (int attempt = 1; ; attempt++) {
            Exchange exchange = new Exchange(base.nextSeq(), reply.turnId(), now, draft.messages());
            // A turn that won the race may have numbered values of its own: keep both, ours first.
            // Proposals live exactly one turn: this turn's replace whatever the last one left.
            Session next = base.withPlaceholders(draft.placeholders().merge(base.placeholders()))
                    .withPendingActions(draft.pending())
                    // A consent question waits one turn too: unanswered, it is dropped without a word.
                    .withPendingConsent(draft.asked())
                    .withVault(draft.vault().merge(base.vault()))
                    .withAgent(draft.agent())
                    .append(exchange, settings.context());
            // A turn that won the race may have handed the session off already: then only it is queued.
            boolean handingOff = draft.handoff() != null && !base.handedOff();
            if (handingOff) {
                next = next.handedOffAt(now);
            }
            Turn turn = new Turn(
                    next.sessionId(),
                    exchange.seq(),
                    reply.turnId(),
                    now,
                    draft.customerText(),
                    exchange.replyText(),
                    reply.sentiment(),
                    reply.handoff(),
                    reply.usage(),
                    draft.photo(),
                    reply.source(),
                    reply.emotion(),
                    draft.consentAnswer(),
                    draft.agent(),
                    draft.audio());
            long expiresAt = now.plus(settings.retention()).getEpochSecond();
            try {
                store.commit(new ConversationStore.TurnCommit(
                        next,
                        base.version(),
                        turn,
                        idempotency.record(
                                reply, now.plus(settings.idempotencyTtl()).getEpochSecond(), draft.heard()),
                        expiresAt,
                        window,
                        handingOff
                                ? handoffs.record(
                                        next, draft.handoff(), new Mood(reply.sentiment(), reply.emotion()), now)
                                : null,
                        draft.reminder()));
                return reply;
            } catch (RateLimitedException e) {
                // A parallel request took the window's last turn between our read and our write.
                throw rateLimited(window, now);
            } catch (DuplicateRequestException e) {
                return store.idempotencyRecord(idempotency.id())
                        .map(idempotency::replay)
                        .orElseThrow(() -> e);
            } catch (ConcurrentTurnException e) {
                if (attempt >= MAX_WRITE_ATTEMPTS) {
                    throw ProblemException.conflict(
                            "session-busy", "Too many messages arrived at once in this session; please resend.");
                }
                // A new session that still isn't there lost a race on something else (the rate window): try again.
                // A session that was there and is gone was erased meanwhile: nothing of this turn is kept.
                base = store.load(loaded.owner(), loaded.sessionId(), null, null)
                        .session()
                        .or(() -> loaded.version() == 0 ? Optional.of(loaded) : Optional.empty())
                        .orElseThrow(() -> ProblemException.notFound("No session '" + loaded.sessionId()
                                + "' was found: it was deleted while this message was answered."));
                if (ChatReply.FROM_HANDOFF.equals(reply.source()) && !base.handedOff()) {
                    // The person closed the handoff meanwhile: the assistant answers this message after all.
                    throw new HandoffEnded();
                }
                backOff(attempt);
            }
        }
    }

    /** A message held for a person whose handoff closed before it was written: nothing was written. */
    static final class HandoffEnded extends RuntimeException {
        HandoffEnded() {
            super("the handoff closed while the message was held for a person", null, false, false);
        }
    }

    static ProblemException rateLimited(RateWindow window, Instant now) {
        return ProblemException.tooManyRequests(
                "Too many messages: the limit is " + window.limit()
                        + " per minute. Please wait a moment and send it again.",
                window.retryAfter(now));
    }

    /** Spreads competing writers apart so each retry has a fair chance. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 5 * Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a turn", e);
        }
    }
}
