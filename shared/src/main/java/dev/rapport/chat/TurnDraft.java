package dev.rapport.chat;

import dev.rapport.actions.PendingAction;
import dev.rapport.handoff.HandoffTrigger;
import dev.rapport.model.Message;
import dev.rapport.privacy.PlaceholderLedger;
import dev.rapport.privacy.SessionVault;
import dev.rapport.reminders.Reminder;
import java.util.List;

/**
 * What a turn writes, ready before the write: the exchange, the stored question, the photo, the ledger.
 *
 * @param handoff why the turn goes to a person, or null
 * @param reminder a reminder set on this turn, or null
 */
record TurnDraft(
        List<Message> messages,
        String customerText,
        PhotoReference photo,
        PlaceholderLedger placeholders,
        HandoffTrigger handoff,
        List<PendingAction> pending,
        Reminder reminder,
        SessionVault vault) {}
