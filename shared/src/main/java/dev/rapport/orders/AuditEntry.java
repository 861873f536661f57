package dev.rapport.orders;

import java.time.Instant;

/**
 * Who did what to which order, when it was asked for and when it ran: kept with the customer's
 * data, so it appears in their export and goes with their erasure.
 *
 * @param actor who confirmed it: {@code customer} (the caller's own identity is the partition)
 */
public record AuditEntry(
        String actionId,
        String type,
        String orderId,
        String summary,
        String actor,
        Instant proposedAt,
        Instant executedAt) {}
