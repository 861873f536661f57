package dev.rapport.local.template;

import java.util.List;
import java.util.Map;

/**
 * A function of the template, resolved: its handler, environment, timeout, HTTP API routes, stream
 * triggers and schedules.
 */
public record FunctionDefinition(
        String logicalId,
        String handler,
        Map<String, String> environment,
        int timeoutSeconds,
        int memoryMb,
        List<Route> routes,
        List<StreamTrigger> streams,
        List<ScheduleTrigger> schedules) {

    public FunctionDefinition {
        environment = Map.copyOf(environment);
        routes = List.copyOf(routes);
        streams = List.copyOf(streams);
        schedules = List.copyOf(schedules);
    }
}
