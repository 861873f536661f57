package dev.rapport.orders;

import java.util.Objects;

/**
 * One state-changing action on an order, as confirmed by its customer.
 *
 * @param value the new address placeholder or delivery slot; null for a cancellation
 */
public record OrderChange(Kind kind, String orderId, String value) {

    public OrderChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        if (kind != Kind.CANCEL && (value == null || value.isBlank())) {
            throw new IllegalArgumentException(kind + " needs a value");
        }
    }

    public enum Kind {
        CANCEL("cancel_order"),
        CHANGE_ADDRESS("change_delivery_address"),
        REBOOK("rebook_delivery");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The action's type as the API and the model's tools name it. */
        public String type() {
            return type;
        }

        public static Kind ofType(String type) {
            for (Kind kind : values()) {
                if (kind.type.equals(type)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown action type " + type);
        }

        /** Whether an order in {@code status} still allows this change. */
        public boolean allowedIn(OrderStatus status) {
            return this == REBOOK ? status.reschedulable() : status.changeable();
        }
    }
}
