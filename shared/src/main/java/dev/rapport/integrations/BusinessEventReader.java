package dev.rapport.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.orders.OrderStatus;
import dev.rapport.privacy.PiiRedactor;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an EventBridge envelope ({@code id}, {@code detail-type}, {@code time}, {@code detail}) into a
 * {@link BusinessEvent}, or refuses it with a reason. The customer id is the business's own id for the
 * customer, the same one its apps sign in with (the JWT {@code sub}), so it is hashed exactly as a
 * caller's subject is.
 */
public final class BusinessEventReader {

    private static final Set<String> KNOWN = Set.of("OrderPlaced", "OrderUpdated", "CustomerUpdated");
    static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_CUSTOMER_ID = 256;

    private final OrderDetails orders;

    public BusinessEventReader(PiiRedactor redactor) {
        this.orders = new OrderDetails(redactor);
    }

    public BusinessEvent read(String envelope) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(envelope);
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("the event is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new RejectedEventException("the event is not a JSON object");
        }
        String id = text(root, "id");
        String type = text(root, "detail-type");
        JsonNode detail = root.path("detail");
        if (id == null || type == null || !detail.isObject()) {
            throw new RejectedEventException("an event needs id, detail-type and an object detail");
        }
        if (!KNOWN.contains(type)) {
            throw new RejectedEventException("unknown detail-type " + quoted(type));
        }
        Envelope read = new Envelope(id, customerHash(detail), version(root, detail), detail);
        return switch (type) {
            case "OrderPlaced" -> orders.placed(read);
            case "OrderUpdated" -> orders.updated(read);
            default -> CustomerDetails.updated(read);
        };
    }

    /** What every event has, read and checked. */
    record Envelope(String id, String customerHash, long version, JsonNode detail) {}

    private static String customerHash(JsonNode detail) {
        String customer = text(detail, "customerId");
        if (customer == null || customer.length() > MAX_CUSTOMER_ID) {
            throw new RejectedEventException("detail.customerId is required (1-" + MAX_CUSTOMER_ID + " characters)");
        }
        return Owner.of(new Caller(customer, Set.of()), null).customerHash();
    }

    /** The business's own revision number when it sends one, else the event's time in milliseconds. */
    private static long version(JsonNode root, JsonNode detail) {
        JsonNode version = detail.path("version");
        if (!version.isMissingNode()) {
            if (!version.canConvertToLong() || !version.isIntegralNumber() || version.asLong() < 0) {
                throw new RejectedEventException("detail.version must be a whole number >= 0");
            }
            return version.asLong();
        }
        return instant(root, "time", "time").toEpochMilli();
    }

    static Instant instant(JsonNode node, String field, String name) {
        String value = text(node, field);
        if (value == null) {
            throw new RejectedEventException(name + " is required (ISO-8601, e.g. 2026-12-07T08:00:00Z)");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedEventException(name + " is not an ISO-8601 instant");
        }
    }

    static OrderStatus status(JsonNode detail) {
        String status = text(detail, "status");
        if (status == null) {
            return null;
        }
        for (OrderStatus known : OrderStatus.values()) {
            if (known.wire().equals(status)) {
                return known;
            }
        }
        throw new RejectedEventException("detail.status must be one of processing, shipped, delivered, cancelled");
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** Echoes a short, plain token only: a reason must not carry what the sender put in a field. */
    private static String quoted(String value) {
        return value.matches("[A-Za-z0-9._-]{1,64}") ? "'" + value + "'" : "(not a plain name)";
    }
}
