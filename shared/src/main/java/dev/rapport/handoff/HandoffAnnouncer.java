package dev.rapport.handoff;

import java.util.Objects;

/**
 * Announces each handoff exactly once, however often the stream hands it over: claim, publish,
 * mark done. A failed publication gives the claim back and fails, so the stream retries it.
 */
public final class HandoffAnnouncer {

    private final HandoffEvents events;
    private final PublicationLedger ledger;

    public HandoffAnnouncer(HandoffEvents events, PublicationLedger ledger) {
        this.events = Objects.requireNonNull(events);
        this.ledger = Objects.requireNonNull(ledger);
    }

    /** @return true when this call published the event, false when it had been published already */
    public boolean announce(HandoffEvent event) {
        if (!ledger.claim(event.handoffId())) {
            return false;
        }
        try {
            events.publish(event);
        } catch (RuntimeException e) {
            ledger.release(event.handoffId());
            throw e;
        }
        ledger.complete(event.handoffId());
        return true;
    }
}
