package dev.rapport.integrations;

import dev.rapport.handoff.PublicationLedger;
import java.util.Objects;

/**
 * Publishes each confirmed change once, however often the stream hands its audit record over (retries,
 * replays), through the publication ledger; a failed publication fails, so the stream retries it.
 */
public final class OrderChangeAnnouncer {

    static final String LEDGER_PREFIX = "order-change#";

    private final OrderChangeEvents events;
    private final PublicationLedger ledger;

    public OrderChangeAnnouncer(OrderChangeEvents events, PublicationLedger ledger) {
        this.events = Objects.requireNonNull(events);
        this.ledger = Objects.requireNonNull(ledger);
    }

    /** @return true when this call published the request, false when it had gone out already */
    public boolean announce(OrderChangeRequest request) {
        return ledger.once(LEDGER_PREFIX + request.requestId(), () -> events.publish(request));
    }
}
