package dev.rapport.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Which conversations to export: those started on the UTC days {@code from} to {@code to}, whose
 * every rated answer was rated at least {@code minRating} (a thumb up counts 5, down 1). With a
 * minimum of 0, unrated conversations are taken too.
 */
public record ExportRequest(LocalDate from, LocalDate to, int minRating) {

    /**
     * A month at most per run: one invocation must finish inside Lambda's 15 minutes, and at the
     * rate measured for the export (docs/benchmarks.md) a month of a busy service is already a large
     * share of that. Longer periods are exported month by month (each file is named by its range).
     */
    public static final int MAX_DAYS = 31;

    public ExportRequest {
        if (from == null || to == null) {
            throw new InvalidExportRequest("an export needs both from and to (yyyy-MM-dd)");
        }
        if (to.isBefore(from)) {
            throw new InvalidExportRequest("from " + from + " is after to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidExportRequest("from " + from + " to " + to + " is "
                    + (ChronoUnit.DAYS.between(from, to) + 1) + " days; an export covers at most " + MAX_DAYS
                    + " (export longer periods month by month)");
        }
        if (minRating < 0 || minRating > 5) {
            throw new InvalidExportRequest(
                    "minRating " + minRating + " is outside 1-5 (or 0 to take unrated answers too)");
        }
    }

    /** An on-demand request as a caller writes it: UTC days as {@code yyyy-MM-dd}. */
    public static ExportRequest of(String from, String to, int minRating) {
        return new ExportRequest(day("from", from), day("to", to), minRating);
    }

    private static LocalDate day(String field, String value) {
        if (value == null) {
            throw new InvalidExportRequest("an export needs both from and to (yyyy-MM-dd); " + field + " is missing");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidExportRequest(field + " \"" + value + "\" is not a date (yyyy-MM-dd)");
        }
    }

    /** A scheduled run exports the {@code days} whole UTC days before the day it fires. */
    public static ExportRequest before(Instant firedAt, int days, int minRating) {
        LocalDate to = LocalDate.ofInstant(firedAt, ZoneOffset.UTC).minusDays(1);
        return new ExportRequest(to.minusDays(days - 1L), to, minRating);
    }

    /** The file's base name: one per range and threshold, so a re-run replaces rather than duplicates. */
    public String name() {
        return "training-" + from + "_" + to + "-min" + minRating;
    }
}
