package dev.rapport.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import java.util.List;

/**
 * One conversation as a line of Amazon Bedrock's fine-tuning conversation format
 * ({@code bedrock-conversation-2024}): a system prompt, then user and assistant messages
 * alternating, starting with the user and ending with the assistant.
 */
final class BedrockConversationLine {

    static final String SCHEMA_VERSION = "bedrock-conversation-2024";

    private BedrockConversationLine() {}

    /** @param exchanges customer message and assistant reply pairs, already de-identified */
    static String of(String system, List<String[]> exchanges) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("schemaVersion", SCHEMA_VERSION);
        line.putArray("system").addObject().put("text", system);
        ArrayNode messages = line.putArray("messages");
        for (String[] exchange : exchanges) {
            message(messages, "user", exchange[0]);
            message(messages, "assistant", exchange[1]);
        }
        return line.toString();
    }

    private static void message(ArrayNode messages, String role, String text) {
        ObjectNode message = messages.addObject();
        message.put("role", role);
        message.putArray("content").addObject().put("text", text);
    }
}
