package dev.rapport.orders;

import java.time.Instant;

/**
 * Who did what to which order, when it was asked for and when it ran: kept with the customer's
 * data, so it appears in their export and goes with their erasure.
 *
 * @param actor who confirmed it: {@code customer} (the caller's own identity is the partition)
 * @param value the new delivery slot or address placeholder, as the customer was told; null for a cancellation
 * @param language {@code zh} or {@code en}: what the customer spoke, so a later answer from the business
 *     reaches them in it
 */
public record AuditEntry(
        String actionId,
        String type,
        String orderId,
        String summary,
        String actor,
        Instant proposedAt,
        Instant executedAt,
        String value,
        String language) {}
