package dev.rapport.reminders;

/**
 * A reminder as asked for, before validation.
 *
 * @param at when (one-off) or from when (recurring): ISO-8601 with an offset, or wall-clock time
 *     in the zone; optional for recurring reminders (from now)
 * @param rrule an RRULE for recurring reminders, null for one-off
 * @param timezone an IANA zone id; null for the customer's settings
 */
public record NewReminder(String text, String at, String rrule, String timezone, String profileId) {}
