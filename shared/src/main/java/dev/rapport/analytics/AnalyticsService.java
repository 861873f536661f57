package dev.rapport.analytics;

import dev.rapport.identity.Caller;
import dev.rapport.model.ModelPricing;
import dev.rapport.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /v1/analytics/summary?from&to}: the figures of a range of days for support admins,
 * from the counter items of each day (see the ledger for their shards) — never a scan of conversations.
 */
public final class AnalyticsService {

    /**
     * About a quarter. Each day is read as 17 items (its shards and the unsharded item of before), so
     * the longest range is 1,564 keys: 16 BatchGetItem calls, at most ~780 read units eventually consistent.
     */
    public static final int MAX_DAYS = 92;

    private final AnalyticsLedger ledger;
    private final ModelPricing pricing;

    public AnalyticsService(AnalyticsLedger ledger, ModelPricing pricing) {
        this.ledger = Objects.requireNonNull(ledger);
        this.pricing = Objects.requireNonNull(pricing);
    }

    public ServiceSummary summary(Caller caller, String fromText, String toText) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins can see the service figures.");
        }
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("invalid-date-range", "'to' must not be before 'from'.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ProblemException.badRequest("invalid-date-range", "A range covers at most " + MAX_DAYS + " days.");
        }
        Map<LocalDate, Tally> days = ledger.days(from, to);
        Tally total = days.values().stream().reduce(Tally.EMPTY, Tally::plus);
        List<ServiceSummary.Day> series = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Tally t = days.getOrDefault(day, Tally.EMPTY);
            series.add(new ServiceSummary.Day(
                    day, t.get(Counter.TURNS), t.get(Counter.SESSIONS), t.get(Counter.HANDOFFS), csat(t)));
        }
        return summarise(from, to, total, series);
    }

    private ServiceSummary summarise(LocalDate from, LocalDate to, Tally t, List<ServiceSummary.Day> series) {
        long turns = t.get(Counter.TURNS);
        long sessions = t.get(Counter.SESSIONS);
        long handoffs = t.get(Counter.HANDOFFS);
        long ratings = t.get(Counter.RATINGS);
        Map<String, Long> reasons = new LinkedHashMap<>();
        reasons.put("requested", t.get(Counter.HANDOFF_REQUESTED));
        reasons.put("frustration", t.get(Counter.HANDOFF_FRUSTRATION));
        reasons.put("risk", t.get(Counter.HANDOFF_RISK));
        reasons.put("unresolved", t.get(Counter.HANDOFF_UNRESOLVED));
        long input = t.get(Counter.INPUT_TOKENS);
        long output = t.get(Counter.OUTPUT_TOKENS);
        // Summed as longs: a quarter's tokens overflow the int counts of a single call's Usage.
        double cost = (input * pricing.inputUsdPerMillion() + output * pricing.outputUsdPerMillion()) / 1_000_000;
        long[] latency = t.latencyBuckets();
        return new ServiceSummary(
                from,
                to,
                turns,
                sessions,
                ratio(Math.max(0, sessions - handoffs), sessions),
                turns == 0 ? null : ratio(t.get(Counter.FAQ_TURNS), turns),
                new ServiceSummary.Ratings(
                        ratings, ratio(t.get(Counter.RATING_SUM), ratings), t.get(Counter.THUMBS), csat(t)),
                new ServiceSummary.Handoffs(handoffs, ratio(handoffs, sessions), reasons),
                new ServiceSummary.Model(
                        input, output, ratio(input + output, turns), cost, turns == 0 ? null : cost / turns),
                LatencyHistogram.percentile(latency, 0.50),
                LatencyHistogram.percentile(latency, 0.99),
                new ServiceSummary.Memory(t.get(Counter.MEMORY_WRITES), t.get(Counter.MEMORY_DELETIONS)),
                new ServiceSummary.Deliveries(t.get(Counter.REMINDER_DELIVERIES), t.get(Counter.CAMPAIGN_DELIVERIES)),
                series,
                List.of(
                        "Days are UTC days; a handoff counts on the day it happened, its session on the day it"
                                + " started.",
                        "Memory writes are memories new or reworded; deletions are memories removed by the customer"
                                + " (deleted, forgotten in chat, or sensitive consent withdrawn), not by erasing an"
                                + " account.",
                        "Deliveries are reminder occurrences and campaign messages put in an inbox, on the UTC day"
                                + " sent.",
                        "Latency percentiles are bucket bounds of a fixed histogram (an over-estimate by at most one"
                                + " bucket)."));
    }

    private static Double csat(Tally t) {
        return ratio(t.get(Counter.SATISFIED), t.get(Counter.RATINGS) + t.get(Counter.THUMBS));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("invalid-date-range", "'" + name + "' is required, as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date-range", "'" + name + "' must be a date as YYYY-MM-DD.");
        }
    }
}
