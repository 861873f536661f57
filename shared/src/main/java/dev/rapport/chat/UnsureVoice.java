package dev.rapport.chat;

import dev.rapport.actions.ActionView;
import dev.rapport.actions.Confirmation;
import dev.rapport.actions.PendingAction;
import dev.rapport.model.Usage;
import dev.rapport.tools.ToolRunner;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a voice note too unsure to act on: what was heard, shown back, and nothing changed.
 * Every yes or no Rapport waits for is held the same way — a proposal of the orders or account
 * specialist (cancel, change an address, erase everything, forget a memory, widen a setting) and the
 * question whether to remember a sensitive fact — so a misheard "yes" never grants anything.
 */
final class UnsureVoice {

    private UnsureVoice() {}

    /** Whether this turn's words would settle something awaiting a yes or no, but were heard too unsurely. */
    static boolean holds(PreparedTurn turn) {
        VoiceNote voice = turn.voice();
        return voice != null
                && voice.tentative()
                && (!turn.session().pendingActions().isEmpty() || ConsentDesk.awaits(turn))
                && Confirmation.of(turn.message()) != Confirmation.OTHER;
    }

    /**
     * @param heard the redacted transcript, as the stored turn keeps it
     * @param open the proposals that stay open for the customer's next, surer answer
     * @param usage tokens already spent on the turn (a model call that proposed a change)
     */
    static Answerer.Answered askBack(VoiceNote voice, String heard, List<PendingAction> open, Usage usage) {
        String text = voice.askBack(heard);
        List<ActionView> views = open.stream()
                .map(a -> new ActionView(a.id(), a.type(), a.orderId(), a.summary(), PendingAction.PENDING))
                .toList();
        KnowledgeAnswer answer = new KnowledgeAnswer(text, List.of(), usage, ChatReply.FROM_MODEL);
        return new Answerer.Answered(
                answer, new ToolRunner.Turn(null, views, open, List.of(), false), Optional.empty(), text);
    }
}
