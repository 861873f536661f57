package dev.rapport.functions.insight;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.rapport.analytics.Counter;
import dev.rapport.analytics.Observation;
import dev.rapport.analytics.Rating;
import dev.rapport.analytics.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversations-stream record means for the figures: a new turn, a new session, a new
 * handoff, or feedback given or changed. Everything else (session updates, expiry, erasure) adds
 * nothing: erasing a customer does not rewrite history's counts, which hold nothing about them.
 */
final class AnalyticsRecords {

    /** A turn's source, when turns record it; "faq" marks the FAQ fast path. */
    static final String FAQ = "faq";

    private AnalyticsRecords() {}

    static Optional<Object> of(DynamodbEvent.DynamodbStreamRecord record) {
        if (record.getDynamodb() == null || record.getDynamodb().getNewImage() == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = record.getDynamodb().getNewImage();
        String sk = text(item, "sk");
        boolean insert = "INSERT".equals(record.getEventName());
        if (sk.startsWith("FEEDBACK#") && (insert || "MODIFY".equals(record.getEventName()))) {
            String thumbs = text(item, "thumbs");
            return Optional.of(new Rating(
                    text(item, "ratedTurn"),
                    number(item, "rating").map(Long::intValue).orElse(null),
                    thumbs.isEmpty() ? null : thumbs.equals("up"),
                    Instant.parse(text(item, "at"))));
        }
        if (!insert) {
            return Optional.empty();
        }
        if (sk.startsWith("TURN#")) {
            return Optional.of(turn(item));
        }
        if (sk.equals("SESSION")) {
            return Optional.of(new Observation(
                    "session#" + text(item, "pk"),
                    day(text(item, "createdAt")),
                    Tally.EMPTY.with(Counter.SESSIONS, 1)));
        }
        if (sk.equals("HANDOFF")) {
            Counter reason = switch (text(item, "reason")) {
                case "risk" -> Counter.HANDOFF_RISK;
                case "frustration" -> Counter.HANDOFF_FRUSTRATION;
                case "unresolved" -> Counter.HANDOFF_UNRESOLVED;
                default -> Counter.HANDOFF_REQUESTED;
            };
            return Optional.of(new Observation(
                    "handoff#" + text(item, "pk"),
                    day(text(item, "createdAt")),
                    Tally.EMPTY.with(Counter.HANDOFFS, 1).with(reason, 1)));
        }
        return Optional.empty();
    }

    private static Observation turn(Map<String, AttributeValue> item) {
        Tally tally = Tally.EMPTY
                .with(Counter.TURNS, 1)
                .with(Counter.INPUT_TOKENS, number(item, "inputTokens").orElse(0L))
                .with(Counter.OUTPUT_TOKENS, number(item, "outputTokens").orElse(0L))
                .with(Counter.FAQ_TURNS, FAQ.equals(text(item, "source")) ? 1 : 0);
        Optional<Long> latency = number(item, "latencyMs");
        if (latency.isPresent()) {
            tally = tally.withLatency(latency.get());
        }
        return new Observation("turn#" + text(item, "turnId"), day(text(item, "at")), tally);
    }

    private static LocalDate day(String instant) {
        return LocalDate.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Optional<Long> number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.getN() == null ? Optional.empty() : Optional.of(Long.parseLong(value.getN()));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.getS() == null ? "" : value.getS();
    }
}
