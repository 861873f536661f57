package dev.rapport.chat;

import dev.rapport.actions.PendingAction;
import dev.rapport.agents.Specialist;
import dev.rapport.handoff.HandoffTrigger;
import dev.rapport.memory.ConsentAnswer;
import dev.rapport.memory.ConsentQuestion;
import dev.rapport.model.Message;
import dev.rapport.privacy.PlaceholderLedger;
import dev.rapport.privacy.SessionVault;
import dev.rapport.reminders.Reminder;
import dev.rapport.voice.audio.AudioClip;
import java.util.List;

/**
 * What a turn writes, ready before the write: the exchange, the stored question, the photo, the ledger.
 *
 * @param handoff why the turn goes to a person, or null
 * @param reminder a reminder set on this turn, or null
 * @param asked a sensitive fact this turn's reply asks to keep, waiting on the session for one turn; or null
 * @param consentAnswer the customer's yes or no to the last turn's question, stored with the turn; or null
 * @param agent the specialist that led the turn, kept on the session for the next turn's supervisor; or null
 * @param voice the voice note the message was heard from, or null for a typed turn
 */
record TurnDraft(
        List<Message> messages,
        String customerText,
        PhotoReference photo,
        PlaceholderLedger placeholders,
        HandoffTrigger handoff,
        List<PendingAction> pending,
        Reminder reminder,
        SessionVault vault,
        ConsentQuestion asked,
        ConsentAnswer consentAnswer,
        Specialist agent,
        VoiceNote voice) {

    /** The recording's reference the turn keeps, or null for a typed turn. */
    AudioClip.AudioReference audio() {
        return voice == null ? null : voice.reference();
    }

    Heard heard() {
        return voice == null ? null : voice.heard();
    }
}
