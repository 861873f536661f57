package dev.rapport.actions;

import dev.rapport.orders.Order;
import dev.rapport.orders.OrderChange;
import java.util.stream.Collectors;

/** What a proposed change will do, said the way the customer is asked to confirm it. */
public final class ActionSummaries {

    private ActionSummaries() {}

    public static String of(OrderChange.Kind kind, Order order, String value, boolean chinese) {
        String items = order.items().stream()
                .map(l -> l.name() + (l.quantity() > 1 ? " ×" + l.quantity() : ""))
                .collect(Collectors.joining(chinese ? "、" : ", "));
        return switch (kind) {
            case CANCEL ->
                chinese
                        ? "取消订单" + order.orderId() + "（" + items + "）"
                        : "Cancel order " + order.orderId() + " (" + items + ")";
            case CHANGE_ADDRESS ->
                chinese
                        ? "把订单" + order.orderId() + "的收货地址改为 " + value
                        : "Change the delivery address of order " + order.orderId() + " to " + value;
            case REBOOK ->
                chinese
                        ? "把订单" + order.orderId() + "的配送时间改为 " + value
                        : "Move the delivery of order " + order.orderId() + " to " + value;
        };
    }
}
