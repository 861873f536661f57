package dev.rapport.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a schedule fired, read from its event: EventBridge Scheduler's {@code scheduledTime} (from
 * the template's input) or a scheduled rule's {@code time}. A retried or late invocation then works
 * on the moment it was meant for; without a readable time, the clock decides.
 */
public final class FiringTime {

    private static final Logger LOG = LoggerFactory.getLogger(FiringTime.class);
    private static final String[] FIELDS = {"scheduledTime", "time"};

    private FiringTime() {}

    public static Instant of(JsonNode event, Clock clock) {
        for (String field : FIELDS) {
            JsonNode value = event == null ? null : event.get(field);
            if (value != null && value.isTextual()) {
                try {
                    return Instant.parse(value.asText());
                } catch (DateTimeParseException e) {
                    LOG.warn("schedule time unreadable; using the clock: {}", field);
                }
            }
        }
        return clock.instant();
    }
}
