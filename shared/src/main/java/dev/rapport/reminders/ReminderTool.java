package dev.rapport.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.model.ToolSpec;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code create_reminder} tool a model may call, and how its input becomes a reminder intent. */
public final class ReminderTool {

    public static final String NAME = "create_reminder";

    public static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Create a reminder for the customer when they ask to be reminded of something. Times are the customer's "
                    + "local wall-clock time. Use rrule (RFC 5545: FREQ=DAILY|WEEKLY|MONTHLY with BYDAY, BYMONTHDAY, "
                    + "BYHOUR, BYMINUTE) for repeating reminders.",
            """
            {"type":"object","properties":{
              "text":{"type":"string","description":"what to remind of, in the customer's words","maxLength":500},
              "at":{"type":"string","description":"local date-time, e.g. 2026-12-04T15:00"},
              "rrule":{"type":"string","description":"optional recurrence, e.g. FREQ=DAILY;BYHOUR=8;BYMINUTE=0"}},
             "required":["text","at"]}\
            """);

    private ReminderTool() {}

    /** The intent in a tool call's input; empty when the input is not usable. */
    static Optional<ReminderIntent> intent(String inputJson, boolean chinese) {
        try {
            JsonNode input = Json.MAPPER.readTree(inputJson);
            String text = input.path("text").asText("");
            LocalDateTime at = LocalDateTime.parse(input.path("at").asText(""));
            String rrule = input.hasNonNull("rrule") ? input.get("rrule").asText() : null;
            return text.isBlank() ? Optional.empty() : Optional.of(new ReminderIntent(text, at, rrule, chinese));
        } catch (java.io.IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
