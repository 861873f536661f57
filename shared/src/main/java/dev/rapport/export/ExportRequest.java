package dev.rapport.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Which conversations to export: those started on the UTC days {@code from} to {@code to}, whose
 * every rated answer was rated at least {@code minRating} (a thumb up counts 5, down 1). With a
 * minimum of 0, unrated conversations are taken too.
 */
public record ExportRequest(LocalDate from, LocalDate to, int minRating) {

    public static final int MAX_DAYS = 366;

    public ExportRequest {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("an export needs from <= to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("an export covers at most " + MAX_DAYS + " days");
        }
        if (minRating < 0 || minRating > 5) {
            throw new IllegalArgumentException("minRating is 0 (take unrated too) to 5");
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
