package dev.rapport.chat;

import dev.rapport.handoff.Handoff;
import dev.rapport.handoff.HandoffNotice;
import dev.rapport.handoff.HandoffReason;
import dev.rapport.handoff.HandoffTrigger;
import dev.rapport.handoff.UnresolvedAnswer;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Mood;
import dev.rapport.mood.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a turn goes to a person, what the customer is told then, and the record a colleague picks
 * the conversation up from.
 */
final class HandoffDecider {

    private final TurnSignals signals = new TurnSignals();

    /**
     * The trigger of this turn's handoff, or null: at most once per session, so a customer already
     * waiting is not queued again (while they wait, the assistant does not answer at all: {@link ChatService}).
     * Frustration is read again from the redacted window — the same words, nothing new stored. This
     * message counts as negative when the rules or the reported mood say so: a judgment the customer
     * talked the model into can add frustration, never hide it.
     */
    HandoffTrigger decide(PreparedTurn turn, String answer, Mood reported, boolean stepsRanOut) {
        Session session = turn.session();
        if (session.handedOff()) {
            return null;
        }
        // Only the messages frustration looks back on are read again, not the whole window, on every turn.
        List<Exchange> window = session.window();
        List<Sentiment> earlier =
                window.subList(Math.max(0, window.size() - HandoffTrigger.FRUSTRATION_LOOKBACK), window.size()).stream()
                        .map(e -> signals.sentiment(e.customerText()))
                        .toList();
        Attachment photo = turn.photo();
        Sentiment now = reported.sentiment() == Sentiment.NEGATIVE
                ? Sentiment.NEGATIVE
                : turn.mood().sentiment();
        HandoffTrigger trigger = HandoffTrigger.of(turn.message(), signals.asksForHuman(turn.message()), now, earlier)
                .orElse(photo != null && photo.handoff() ? HandoffTrigger.urgentPhoto() : null);
        // Two answers in a row that admit defeat: a person can help where the assistant cannot.
        boolean stuck = !window.isEmpty()
                && UnresolvedAnswer.admits(answer)
                && UnresolvedAnswer.admits(window.getLast().replyText());
        // So does a troubleshooting walk whose fix steps have all been tried, or care asking for a person (its tool).
        return trigger == null && (stuck || stepsRanOut) ? new HandoffTrigger(HandoffReason.UNRESOLVED, null) : trigger;
    }

    /** The answer, followed on a handed-off turn by what happens next. */
    static String reply(String answer, HandoffTrigger trigger, PreparedTurn turn) {
        return trigger == null
                ? answer
                : answer + "\n\n"
                        + HandoffNotice.text(
                                trigger,
                                turn.message(),
                                turn.photo() != null && turn.photo().handoff());
    }

    /** The record a colleague picks the conversation up from, all of it from the redacted session. */
    Handoff record(Session next, HandoffTrigger trigger, Mood mood, Instant now) {
        List<Exchange> window = next.window();
        List<Sentiment> sentiments = new ArrayList<>();
        List<Emotion> emotions = new ArrayList<>();
        List<Handoff.Line> transcript = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            Exchange exchange = window.get(i);
            // This turn's mood is the one reported; earlier ones only exist redacted, and are read again.
            Mood then = i == window.size() - 1 ? mood : signals.mood(exchange.customerText());
            sentiments.add(then.sentiment());
            emotions.add(then.emotion());
            transcript.add(new Handoff.Line("customer", exchange.customerText()));
            transcript.add(new Handoff.Line("assistant", exchange.replyText()));
        }
        return new Handoff(
                next.sessionId(),
                trigger.reason(),
                now,
                next.summary().notes().stream().map(RollingSummary.Note::text).toList(),
                sentiments,
                transcript,
                emotions);
    }
}
