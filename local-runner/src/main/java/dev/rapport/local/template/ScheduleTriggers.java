package dev.rapport.local.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code ScheduleV2} and {@code Schedule} events of one function, as schedule triggers. */
final class ScheduleTriggers {

    private ScheduleTriggers() {}

    static List<ScheduleTrigger> of(String function, Map<String, Object> events) {
        List<ScheduleTrigger> triggers = new ArrayList<>();
        events.forEach((name, definition) -> {
            Map<String, Object> event = SamTemplate.map(definition);
            Object type = event.get("Type");
            if (!"ScheduleV2".equals(type) && !"Schedule".equals(type)) {
                return;
            }
            Map<String, Object> p = SamTemplate.section(event, "Properties");
            if (!(p.get("ScheduleExpression") instanceof String expression)) {
                throw new IllegalArgumentException(function + "." + name + ": ScheduleExpression is required");
            }
            Object scheduleName = p.get("Name");
            Object input = p.get("Input");
            triggers.add(new ScheduleTrigger(
                    function,
                    name,
                    scheduleName == null ? null : scheduleName.toString(),
                    type.toString(),
                    expression,
                    input == null ? null : input.toString()));
        });
        return triggers;
    }
}
