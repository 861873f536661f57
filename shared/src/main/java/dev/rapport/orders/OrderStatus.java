package dev.rapport.orders;

import java.util.Locale;

/** Where an order is; only an order not yet shipped can be cancelled or re-addressed. */
public enum OrderStatus {
    PROCESSING("processing", "处理中"),
    SHIPPED("shipped", "已发货"),
    DELIVERED("delivered", "已送达"),
    CANCELLED("cancelled", "已取消");

    private final String english;
    private final String chinese;

    OrderStatus(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(boolean chinese) {
        return chinese ? this.chinese : english;
    }

    public static OrderStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean changeable() {
        return this == PROCESSING;
    }

    /** A delivery slot can still be moved while the parcel is on its way. */
    public boolean reschedulable() {
        return this == PROCESSING || this == SHIPPED;
    }
}
