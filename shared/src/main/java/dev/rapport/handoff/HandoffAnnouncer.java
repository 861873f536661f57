package dev.rapport.handoff;

import java.util.Objects;

/**
 * Announces each handoff's request, and later its close, exactly once, however often the stream hands them over: claim,
 * publish, mark done. A failed publication gives the claim back and fails, so the stream retries it.
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
        return ledger.once(event.publicationId(), () -> events.publish(event));
    }
}
