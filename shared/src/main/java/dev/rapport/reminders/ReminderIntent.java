package dev.rapport.reminders;

import java.time.LocalDateTime;

/**
 * A reminder asked for in words, resolved against the customer's clock.
 *
 * @param task what to be reminded of, in the customer's words
 * @param at the (first) time, wall-clock in the customer's zone
 * @param rrule the recurrence, or null for once
 * @param chinese whether it was asked in Chinese, so the confirmation answers in kind
 */
public record ReminderIntent(String task, LocalDateTime at, String rrule, boolean chinese) {}
