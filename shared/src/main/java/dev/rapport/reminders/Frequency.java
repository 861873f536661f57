package dev.rapport.reminders;

/** The RFC 5545 frequencies Rapport supports; a customer's reminder repeats at most daily. */
public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY
}
