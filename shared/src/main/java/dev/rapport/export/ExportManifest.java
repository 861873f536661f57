package dev.rapport.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an export holds and what it left out, and why: written beside every export, including an
 * empty one.
 *
 * @param excluded conversations left out, by reason
 */
public record ExportManifest(
        String schemaVersion,
        String data,
        Instant createdAt,
        LocalDate from,
        LocalDate to,
        int minRating,
        boolean empty,
        long conversations,
        long turns,
        Map<String, Long> excluded,
        List<String> notes) {}
