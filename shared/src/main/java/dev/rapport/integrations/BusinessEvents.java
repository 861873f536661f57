package dev.rapport.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.integrations.IntegrationStore.Applied;
import dev.rapport.json.Json;
import dev.rapport.privacy.PiiRedactor;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the business's events to Rapport's orders and campaign audience: each once, whatever the
 * order they come in or how often they are redelivered, and each wholly or not at all. The same use
 * case serves the event bus and the first sync from a file.
 */
public final class BusinessEvents {

    private static final Map<String, String> PERSONAL_FIELDS =
            Map.of("deliveryAddress", OrderDetails.ADDRESS, "displayName", "[NAME_1]", "birthday", "[BIRTHDAY]");

    private final BusinessEventReader reader;
    private final IntegrationStore store;
    private final PiiRedactor redactor;
    private final Clock clock;

    public BusinessEvents(IntegrationStore store, PiiRedactor redactor, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.redactor = Objects.requireNonNull(redactor);
        this.clock = Objects.requireNonNull(clock);
        this.reader = new BusinessEventReader(redactor);
    }

    /** Reads and applies one event (an EventBridge envelope as JSON); a refusal comes back with its reason. */
    public Outcome apply(String envelope) {
        BusinessEvent event;
        try {
            event = reader.read(envelope);
        } catch (RejectedEventException e) {
            return Outcome.rejected(e.getMessage());
        }
        Applied applied = switch (event) {
            case BusinessEvent.OrderPlaced placed -> store.place(placed);
            case BusinessEvent.OrderUpdated updated when updated.answersAction() != null -> answer(updated);
            case BusinessEvent.OrderUpdated updated -> store.update(updated);
            case BusinessEvent.CustomerUpdated updated -> store.update(updated);
        };
        return switch (applied) {
            case APPLIED -> Outcome.APPLIED;
            case STALE -> Outcome.STALE;
            case ERASED -> Outcome.ERASED;
            case UNKNOWN_ORDER ->
                Outcome.waiting("order not known yet: its OrderPlaced may still be on its way (or import it)");
            case UNKNOWN_REQUEST -> Outcome.rejected("detail.requestId names no change asked of this customer's order");
        };
    }

    /** The business's answer to a change it was asked for: the order follows it and the customer is told. */
    private Applied answer(BusinessEvent.OrderUpdated event) {
        return store.askedChange(event.customerHash(), event.answersAction())
                .filter(asked -> asked.orderId().equals(event.orderId()))
                .map(asked -> store.answer(
                        event, ChangeNotices.of(event.answersAction(), asked, event.done(), clock.instant())))
                .orElse(Applied.UNKNOWN_REQUEST);
    }

    /** Applies one event and sends a refused one to the dead letters, redacted, with its reason. */
    public Outcome receive(String envelope, String eventId, String detailType, DeadLetters deadLetters) {
        Outcome outcome = apply(envelope);
        // An update waiting for its order is not dead-lettered here: it is retried (see Outcome.waiting).
        if (outcome.rejected()) {
            deadLetters.send(new DeadLetters.DeadLetter(
                    eventId,
                    detailType,
                    outcome.reason(),
                    redactor.redact(withoutPersonalFields(envelope)).text()));
        }
        return outcome;
    }

    /** Fields that are personal data by what they are, whatever their shape, go before the rest is redacted. */
    private static String withoutPersonalFields(String envelope) {
        try {
            JsonNode root = Json.MAPPER.readTree(envelope);
            if (root != null && root.path("detail") instanceof ObjectNode detail) {
                PERSONAL_FIELDS.forEach((field, placeholder) -> {
                    if (detail.has(field)) {
                        detail.put(field, placeholder);
                    }
                });
                return root.toString();
            }
        } catch (JsonProcessingException e) {
            // not JSON: the redactor below is all there is
        }
        return envelope;
    }

    /** What became of one event; {@code reason} only for a refused or waiting one. */
    public record Outcome(String result, String reason) {
        public static final Outcome APPLIED = new Outcome("applied", null);
        public static final Outcome STALE = new Outcome("stale", null);
        /** Not dead-lettered: the customer asked to be forgotten, so nothing of the event is kept anywhere. */
        public static final Outcome ERASED = new Outcome("erased", null);

        static Outcome rejected(String reason) {
            return new Outcome("rejected", reason);
        }

        /**
         * Not applicable yet, but may be soon: an update that overtook its order's {@code OrderPlaced} on the
         * bus. Nothing is written; the caller has it tried again (Lambda's retries, then the dead letters).
         */
        static Outcome waiting(String reason) {
            return new Outcome("waiting", reason);
        }

        public boolean rejected() {
            return "rejected".equals(result);
        }

        public boolean waiting() {
            return "waiting".equals(result);
        }
    }
}
