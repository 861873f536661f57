package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.model.ToolSpec;
import java.util.List;
import java.util.Map;

/**
 * {@code handoff}: the care specialist asks for a person. It changes nothing itself: the turn's handoff
 * decision takes the request, so the one-open-handoff-per-session rule and the queue record stay in one place.
 */
final class HandOff implements Tool {

    static final String NAME = "handoff";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Pass this conversation to a human colleague: when the customer asks for a person, when you cannot help,"
                    + " or when the topic is one a person must handle. Tell the customer a colleague will take over.",
            """
            {"type":"object","properties":{"reason":{"type":"string","description":"a few words, no personal data"}}}\
            """);

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        return ToolOutput.citing(Map.of("handedOver", true), List.of(), true);
    }
}
