package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.model.ToolSpec;
import dev.rapport.orders.OrderStore;

/** {@code get_order_status}: one of the caller's orders; anyone else's is "not found". */
final class GetOrderStatus implements Tool {

    static final String NAME = "get_order_status";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Status, items, delivery slot and delivery address placeholder of one of this customer's orders.",
            """
            {"type":"object","properties":{"orderId":{"type":"string","description":"e.g. 1042"}},"required":["orderId"]}\
            """);

    private final OrderStore orders;

    GetOrderStatus(OrderStore orders) {
        this.orders = orders;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        String orderId = Inputs.orderId(input);
        if (orderId == null) {
            return ToolOutput.invalid("'orderId' must be an order number such as 1042");
        }
        // Keyed by the caller's own hash: another customer's order id is simply not there.
        return ToolOutput.of(
                orders.order(context.customerHash(), orderId).map(OrderView::of).orElse(OrderView.notFound(orderId)));
    }
}
