package dev.rapport.tools;

import dev.rapport.actions.PendingAction;
import dev.rapport.json.Json;
import dev.rapport.knowledge.Retrieved;
import java.util.List;
import java.util.Map;

/**
 * What a tool returns to the model: JSON text, whether it is an error, the action it proposed (if
 * any) for the customer to confirm, the facts a reply may cite by id, and whether the turn should
 * go to a person (the troubleshooting steps ran out).
 */
public record ToolOutput(
        String json, boolean error, PendingAction proposed, List<Retrieved> sources, boolean handOver) {

    public ToolOutput {
        sources = List.copyOf(sources);
    }

    public static ToolOutput of(Object body) {
        return new ToolOutput(Json.write(body), false, null, List.of(), false);
    }

    public static ToolOutput proposing(Object body, PendingAction action) {
        return new ToolOutput(Json.write(body), false, action, List.of(), false);
    }

    /** A result whose facts the reply cites by their ids. */
    public static ToolOutput citing(Object body, List<Retrieved> sources, boolean handOver) {
        return new ToolOutput(Json.write(body), false, null, sources, handOver);
    }

    /** Bad input from the model: said back to it so it can correct itself, never an exception. */
    public static ToolOutput invalid(String message) {
        return new ToolOutput(Json.write(Map.of("error", message)), true, null, List.of(), false);
    }
}
