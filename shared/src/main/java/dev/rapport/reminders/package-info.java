/**
 * Reminders and the inbox: recurrence in the customer's time zone, the due index, the sweep that delivers each
 * occurrence once, reminders asked for in chat.
 */
package dev.rapport.reminders;
