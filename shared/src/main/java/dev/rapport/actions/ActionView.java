package dev.rapport.actions;

/**
 * An order action as the chat reply shows it: proposed and awaiting a yes, done, refused or declined.
 *
 * @param status {@code pending_confirmation} while it waits for the customer's yes, then the result's wire value,
 *     {@code refused} or {@code declined}
 */
public record ActionView(String id, String type, String orderId, String summary, String status) {}
