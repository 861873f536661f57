package dev.rapport.model.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.Role;
import dev.rapport.model.SystemPrompt;
import dev.rapport.model.ToolSpec;
import java.util.Base64;
import java.util.Locale;

/**
 * Our model request as a Chat Completions body. One system message holds the instructions and the
 * fenced grounding (some servers take only one); tool results, which we carry in a user message like
 * Converse, become one {@code tool} message each, right after the assistant message that asked.
 */
final class ChatCompletionRequests {

    private ChatCompletionRequests() {}

    /** @param nonce tags this call's mood judgment (see {@link dev.rapport.model.MoodJudgments}) */
    static ObjectNode of(ModelRequest request, OpenAiSettings settings, String nonce) {
        ObjectNode body = Json.MAPPER
                .createObjectNode()
                .put("model", settings.model())
                .put("max_tokens", settings.maxTokens())
                .put("temperature", settings.temperature())
                .put("stream", false);
        ArrayNode messages = body.putArray("messages");
        String system = SystemPrompt.instructions(request, nonce)
                + SystemPrompt.context(request.grounding())
                        .map(context -> "\n\n" + context)
                        .orElse("");
        messages.addObject().put("role", "system").put("content", system);
        for (Message message : request.messages()) {
            if (message.role() == Role.ASSISTANT) {
                assistant(messages.addObject(), message);
            } else {
                user(messages, message);
            }
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(spec -> tool(tools.addObject(), spec));
        }
        return body;
    }

    private static void assistant(ObjectNode node, Message message) {
        node.put("role", "assistant");
        String text = message.text();
        // With tool calls and no words the content is null, as OpenAI itself sends it.
        if (text.isEmpty() && message.hasToolUse()) {
            node.putNull("content");
        } else {
            node.put("content", text);
        }
        if (message.hasToolUse()) {
            ArrayNode calls = node.putArray("tool_calls");
            for (Content content : message.content()) {
                if (content instanceof Content.ToolUse use) {
                    ObjectNode call =
                            calls.addObject().put("id", use.toolUseId()).put("type", "function");
                    call.putObject("function").put("name", use.name()).put("arguments", use.inputJson());
                }
            }
        }
    }

    private static void user(ArrayNode messages, Message message) {
        ArrayNode parts = Json.MAPPER.createArrayNode();
        boolean images = false;
        for (Content content : message.content()) {
            switch (content) {
                case Content.ToolResult result ->
                    messages.addObject()
                            .put("role", "tool")
                            .put("tool_call_id", result.toolUseId())
                            .put("content", result.error() ? "Error: " + result.text() : result.text());
                case Content.Text text -> parts.addObject().put("type", "text").put("text", text.text());
                case Content.Image image -> {
                    images = true;
                    parts.addObject()
                            .put("type", "image_url")
                            .putObject("image_url")
                            .put("url", dataUrl(image));
                }
                case Content.ToolUse use -> throw new IllegalArgumentException("a customer message cannot call a tool");
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        ObjectNode user = messages.addObject().put("role", "user");
        // Plain text as a string: every compatible server takes it, not all take content parts.
        if (images) {
            user.set("content", parts);
        } else {
            user.put("content", message.text());
        }
    }

    private static String dataUrl(Content.Image image) {
        return "data:image/" + image.format().toLowerCase(Locale.ROOT) + ";base64,"
                + Base64.getEncoder().encodeToString(image.bytes());
    }

    private static void tool(ObjectNode node, ToolSpec spec) {
        node.put("type", "function");
        ObjectNode function =
                node.putObject("function").put("name", spec.name()).put("description", spec.description());
        try {
            function.set("parameters", Json.MAPPER.readTree(spec.inputSchemaJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the input schema of tool " + spec.name() + " is not JSON", e);
        }
    }
}
