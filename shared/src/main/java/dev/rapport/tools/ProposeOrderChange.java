package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.ActionSummaries;
import dev.rapport.actions.PendingAction;
import dev.rapport.model.ToolSpec;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderChange;
import dev.rapport.orders.OrderStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code cancel_order}, {@code change_delivery_address}, {@code rebook_delivery}: never executed
 * here. The tool checks the order is the caller's and still allows the change, then proposes it;
 * it runs only after the customer's explicit yes on the next turn.
 */
final class ProposeOrderChange implements Tool {

    private static final Pattern ADDRESS_REFERENCE =
            Pattern.compile("\\[ADDRESS_\\d{1,3}]|vault:[A-Za-z0-9/_-]{1,100}");
    private static final Pattern SLOT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:\\s+\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})?");

    private final OrderChange.Kind kind;
    private final OrderStore orders;
    private final ToolSpec spec;

    ProposeOrderChange(OrderChange.Kind kind, OrderStore orders) {
        this.kind = kind;
        this.orders = orders;
        this.spec = switch (kind) {
            case CANCEL ->
                new ToolSpec(
                        kind.type(),
                        "Propose cancelling one of this customer's orders. It is NOT "
                                + "done until the customer replies yes; tell them so and ask.",
                        """
                        {"type":"object","properties":{"orderId":{"type":"string"}},"required":["orderId"]}\
                        """);
            case CHANGE_ADDRESS ->
                new ToolSpec(
                        kind.type(),
                        "Propose a new delivery address for an order not yet shipped. Pass the address exactly as the"
                                + " customer wrote it (placeholders such as [ADDRESS_1] included). NOT done until the"
                                + " customer replies yes.",
                        """
                        {"type":"object","properties":{"orderId":{"type":"string"},"address":{"type":"string"}},"required":["orderId","address"]}\
                        """);
            case REBOOK ->
                new ToolSpec(
                        kind.type(),
                        "Propose a new delivery slot (e.g. 2026-12-03 09:00-12:00) "
                                + "for an order. NOT done until the customer replies yes.",
                        """
                        {"type":"object","properties":{"orderId":{"type":"string"},"slot":{"type":"string"}},"required":["orderId","slot"]}\
                        """);
        };
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        String orderId = Inputs.orderId(input);
        if (orderId == null) {
            return ToolOutput.invalid("'orderId' must be an order number such as 1042");
        }
        String value = switch (kind) {
            case CANCEL -> null;
            case CHANGE_ADDRESS -> Inputs.text(input, "address");
            case REBOOK -> Inputs.text(input, "slot");
        };
        if (kind == OrderChange.Kind.CHANGE_ADDRESS
                && (value == null || !ADDRESS_REFERENCE.matcher(value).matches())) {
            // The model never passes an address itself, only its placeholder; the session vault supplies the value on
            // execution.
            return ToolOutput.invalid("'address' must be the placeholder the customer's address became, such as "
                    + "[ADDRESS_1], never the address itself");
        }
        if (kind == OrderChange.Kind.REBOOK
                && (value == null || !SLOT.matcher(value).matches())) {
            return ToolOutput.invalid("'slot' must be a date and optional window such as 2026-12-03 09:00-12:00");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("orderId", orderId);
        Optional<Order> order = orders.order(context.customerHash(), orderId);
        if (order.isEmpty()) {
            result.put("proposed", false);
            result.put("found", false);
            return ToolOutput.of(result);
        }
        if (!kind.allowedIn(order.get().status())) {
            result.put("proposed", false);
            result.put("found", true);
            result.put("status", order.get().status().wire());
            return ToolOutput.of(result);
        }
        PendingAction action = new PendingAction(
                context.ids().get(),
                kind.type(),
                orderId,
                value,
                ActionSummaries.of(kind, order.get(), value, context.chinese()),
                context.now());
        result.put("proposed", true);
        result.put("actionId", action.id());
        result.put("summary", action.summary());
        result.put("status", PendingAction.PENDING);
        result.put("next", "Not done yet: ask the customer to reply yes to confirm or no to leave the order as it is.");
        return ToolOutput.proposing(result, action);
    }
}
