package dev.rapport.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The service-quality figures of a date range (UTC days), as support admins see them. Rates are
 * fractions from 0 to 1, null when there is nothing to divide by.
 *
 * @param containmentRate sessions that never went to a person, of all sessions started
 * @param faqFastPathRate turns answered from the FAQ without the model
 * @param csat ratings of 4 or 5 and thumbs up, of all ratings and thumbs
 * @param latencyP50Ms turn latency (request to stored answer) at the median, as its histogram bucket's bound
 */
public record ServiceSummary(
        LocalDate from,
        LocalDate to,
        long turns,
        long sessions,
        Double containmentRate,
        Double faqFastPathRate,
        Ratings ratings,
        Handoffs handoffs,
        Model model,
        Long latencyP50Ms,
        Long latencyP99Ms,
        Memory memory,
        Deliveries deliveries,
        List<Day> days,
        List<String> notes) {

    public record Ratings(long count, Double average, long thumbs, Double csat) {}

    public record Handoffs(long count, Double rate, Map<String, Long> reasons) {}

    public record Model(
            long inputTokens,
            long outputTokens,
            Double tokensPerTurn,
            double estimatedCostUsd,
            Double estimatedCostUsdPerTurn) {}

    public record Memory(long writes, long deletions) {}

    public record Deliveries(long reminders, long campaigns) {}

    /** One day of the range, for charts. */
    public record Day(LocalDate day, long turns, long sessions, long handoffs, Double csat) {}
}
