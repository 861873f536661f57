package dev.rapport.actions;

/**
 * An action as the chat reply shows it (on an order or on the customer's account): proposed and awaiting a
 * yes, done, refused or declined.
 *
 * @param status {@code pending_confirmation} while it waits for the customer's yes, then the result's wire value,
 *     {@code refused} or {@code declined}
 */
public record ActionView(String id, String type, String orderId, String summary, String status) {

    /** The type of the action that erases everything held about the customer. */
    public static final String ERASE_EVERYTHING = "erase_my_data";

    /**
     * Whether this action erased (or began erasing) everything held about the customer: the turn that
     * did it must not write itself back, or it would recreate what was just erased.
     */
    public boolean erasedEverything() {
        return ERASE_EVERYTHING.equals(type) && ("done".equals(status) || "incomplete".equals(status));
    }
}
