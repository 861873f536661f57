package dev.rapport.tools;

import dev.rapport.actions.PendingAction;
import dev.rapport.json.Json;
import java.util.Map;

/**
 * What a tool returns to the model: JSON text, whether it is an error, and the action it proposed
 * (if any) for the customer to confirm.
 */
public record ToolOutput(String json, boolean error, PendingAction proposed) {

    public static ToolOutput of(Object body) {
        return new ToolOutput(Json.write(body), false, null);
    }

    public static ToolOutput proposing(Object body, PendingAction action) {
        return new ToolOutput(Json.write(body), false, action);
    }

    /** Bad input from the model: said back to it so it can correct itself, never an exception. */
    public static ToolOutput invalid(String message) {
        return new ToolOutput(Json.write(Map.of("error", message)), true, null);
    }
}
