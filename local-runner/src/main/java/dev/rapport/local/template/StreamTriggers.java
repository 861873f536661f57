package dev.rapport.local.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code DynamoDB} events of one function, as stream triggers. */
final class StreamTriggers {

    private StreamTriggers() {}

    static List<StreamTrigger> of(String function, Map<String, Object> events) {
        List<StreamTrigger> triggers = new ArrayList<>();
        events.forEach((name, definition) -> {
            Map<String, Object> event = SamTemplate.map(definition);
            if (!"DynamoDB".equals(event.get("Type"))) {
                return;
            }
            Map<String, Object> p = SamTemplate.section(event, "Properties");
            if (!(p.get("Stream") instanceof String arn)) {
                throw new IllegalArgumentException(function + "." + name + ": Stream must resolve to a stream ARN");
            }
            Object types = p.get("FunctionResponseTypes");
            Object destination = SamTemplate.section(SamTemplate.section(p, "DestinationConfig"), "OnFailure")
                    .get("Destination");
            triggers.add(new StreamTrigger(
                    function,
                    StreamTrigger.tableOf(arn),
                    String.valueOf(p.getOrDefault("StartingPosition", "LATEST")),
                    Integer.parseInt(String.valueOf(p.getOrDefault("BatchSize", 100))),
                    Integer.parseInt(String.valueOf(p.getOrDefault("MaximumRetryAttempts", -1))),
                    types instanceof List<?> list && list.contains("ReportBatchItemFailures"),
                    destination == null ? null : String.valueOf(destination)));
        });
        return triggers;
    }
}
