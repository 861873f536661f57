package dev.rapport.local.template;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function's {@code ScheduleV2} (EventBridge Scheduler) or {@code Schedule} (EventBridge rule)
 * event, as the local stack fires it.
 *
 * @param name the event's name in the template, e.g. {@code ReminderSweep}
 * @param scheduleName the schedule's or rule's {@code Name}, when the template sets one
 * @param type {@code ScheduleV2} or {@code Schedule}
 * @param input the {@code Input} the target receives, or null for the service's default event
 */
public record ScheduleTrigger(
        String function, String name, String scheduleName, String type, String expression, String input) {

    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minutes?|hours?|days?)\\s*\\)");

    public boolean isScheduler() {
        return "ScheduleV2".equals(type);
    }

    /** Whether {@code id} names this schedule: its event name or its Name. */
    public boolean isCalled(String id) {
        return name.equals(id) || id.equals(scheduleName);
    }

    /** The period of a {@code rate(...)} expression; empty for cron and one-time ({@code at(...)}) schedules. */
    public Optional<Duration> rate() {
        Matcher m = RATE.matcher(expression.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(
                switch (m.group(2).charAt(0)) {
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
    }
}
