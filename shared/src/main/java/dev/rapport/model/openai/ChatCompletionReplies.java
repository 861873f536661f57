package dev.rapport.model.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.Judgment;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.MoodJudgments;
import dev.rapport.model.Role;
import dev.rapport.model.StopReason;
import dev.rapport.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * A Chat Completions response as our model reply: the first choice's text and tool calls, the finish
 * reason, token usage, and the mood judgment taken out of the text.
 */
final class ChatCompletionReplies {

    private ChatCompletionReplies() {}

    /** @param nonce the tag of this call's judgment; other tagged lines are removed and ignored */
    static ModelReply of(JsonNode response, String nonce) {
        JsonNode choice = response.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (!message.isObject()) {
            throw new IllegalStateException("the OpenAI-compatible endpoint answered without a message");
        }
        List<Content> content = new ArrayList<>();
        Judgment judgment = null;
        String text =
                message.path("content").isTextual() ? message.path("content").asText() : "";
        if (!text.isEmpty()) {
            MoodJudgments.Stripped stripped = MoodJudgments.strip(text, nonce);
            judgment = stripped.judgment();
            if (!stripped.text().isBlank()) {
                content.add(new Content.Text(stripped.text()));
            }
        }
        for (JsonNode call : message.path("tool_calls")) {
            JsonNode function = call.path("function");
            content.add(new Content.ToolUse(
                    call.path("id").asText("call-" + content.size()),
                    function.path("name").asText(),
                    arguments(function.path("arguments"))));
        }
        if (content.isEmpty()) {
            content.add(new Content.Text(""));
        }
        Message reply = new Message(Role.ASSISTANT, content);
        JsonNode usage = response.path("usage");
        return new ModelReply(
                reply,
                stopReason(choice.path("finish_reason").asText(""), reply),
                new Usage(
                        Math.max(0, usage.path("prompt_tokens").asInt(0)),
                        Math.max(0, usage.path("completion_tokens").asInt(0))),
                judgment);
    }

    /**
     * OpenAI sends the arguments as a JSON string; Ollama has sent an object. Either way the tool gets
     * a JSON object, and words that are no JSON become an empty one (the tool then reports what is missing).
     */
    private static String arguments(JsonNode arguments) {
        JsonNode parsed = arguments;
        if (arguments.isTextual()) {
            try {
                parsed = Json.MAPPER.readTree(arguments.asText());
            } catch (JsonProcessingException e) {
                parsed = null;
            }
        }
        return parsed != null && parsed.isObject() ? Json.write(parsed) : "{}";
    }

    /** Some servers finish a tool call with {@code stop}: the calls themselves decide. */
    private static StopReason stopReason(String finishReason, Message reply) {
        if (reply.hasToolUse()) {
            return StopReason.TOOL_USE;
        }
        return switch (finishReason) {
            case "stop" -> StopReason.END_TURN;
            case "length" -> StopReason.MAX_TOKENS;
            case "content_filter" -> StopReason.CONTENT_FILTERED;
            case "tool_calls", "function_call" -> StopReason.TOOL_USE;
            default -> StopReason.OTHER;
        };
    }
}
