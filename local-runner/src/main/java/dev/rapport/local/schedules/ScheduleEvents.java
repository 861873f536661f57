package dev.rapport.local.schedules;

import dev.rapport.json.Json;
import dev.rapport.local.template.Intrinsics;
import dev.rapport.local.template.ScheduleTrigger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a schedule hands its function, as the services send it. EventBridge Scheduler sends the
 * target's {@code Input} with its context attributes filled in ({@code <aws.scheduler.scheduled-time>}
 * and friends) or an empty object without one; an EventBridge rule sends its {@code Input}, or the
 * {@code Scheduled Event} envelope without one.
 */
final class ScheduleEvents {

    private ScheduleEvents() {}

    static String of(ScheduleTrigger trigger, Instant firedAt, String stage) {
        Instant scheduled = firedAt.truncatedTo(ChronoUnit.SECONDS);
        String id = UUID.randomUUID().toString();
        if (trigger.isScheduler()) {
            String arn = "arn:aws:scheduler:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT + ":schedule/default/"
                    + (trigger.scheduleName() != null
                            ? trigger.scheduleName()
                            : "rapport-" + stage + "-" + trigger.name());
            return trigger.input() == null
                    ? "{}"
                    : trigger.input()
                            .replace("<aws.scheduler.schedule-arn>", arn)
                            .replace("<aws.scheduler.scheduled-time>", scheduled.toString())
                            .replace("<aws.scheduler.execution-id>", id)
                            .replace("<aws.scheduler.attempt-number>", "1");
        }
        if (trigger.input() != null) {
            return trigger.input();
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", id);
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", Intrinsics.ACCOUNT);
        event.put("time", scheduled.toString());
        event.put("region", Intrinsics.REGION);
        event.put(
                "resources",
                List.of("arn:aws:events:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT + ":rule/"
                        + (trigger.scheduleName() != null
                                ? trigger.scheduleName()
                                : trigger.function() + trigger.name())));
        event.put("detail", Map.of());
        return Json.write(event);
    }
}
