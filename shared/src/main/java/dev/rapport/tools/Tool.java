package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.model.ToolSpec;

/** One thing the model may do: described for the model, run with the caller's identity, never the model's word. */
public interface Tool {

    ToolSpec spec();

    /** Runs with input the model chose; identity and ownership come only from {@code context}. */
    ToolOutput run(ToolContext context, JsonNode input);

    /** Whether this tool, not a canned FAQ answer, should answer the message. */
    default boolean answers(String message) {
        return false;
    }
}
