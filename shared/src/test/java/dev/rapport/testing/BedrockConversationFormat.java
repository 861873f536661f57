package dev.rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks one JSONL line against Amazon Bedrock's fine-tuning conversation format
 * ({@code bedrock-conversation-2024}): exactly the keys schemaVersion, system and messages; a
 * system list of text blocks; messages alternating user and assistant, starting with the user and
 * ending with the assistant, each with a content list of non-blank text blocks.
 */
public final class BedrockConversationFormat {

    private BedrockConversationFormat() {}

    /** The violations of one line; empty when it conforms. */
    public static List<String> violations(String line) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return List.of("not JSON");
        }
        if (!root.isObject()) {
            return List.of("not an object");
        }
        onlyKeys(root, Set.of("schemaVersion", "system", "messages"), "line", problems);
        if (!"bedrock-conversation-2024".equals(root.path("schemaVersion").asText())) {
            problems.add("schemaVersion is not bedrock-conversation-2024");
        }
        JsonNode system = root.path("system");
        if (!system.isArray()) {
            problems.add("system is not a list");
        } else {
            system.forEach(block -> textBlock(block, "system", problems));
        }
        JsonNode messages = root.path("messages");
        if (!messages.isArray() || messages.size() < 2) {
            problems.add("messages needs at least a user and an assistant message");
            return problems;
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String expected = i % 2 == 0 ? "user" : "assistant";
            onlyKeys(message, Set.of("role", "content"), "message " + i, problems);
            if (!expected.equals(message.path("role").asText())) {
                problems.add("message " + i + " should be " + expected);
            }
            JsonNode content = message.path("content");
            if (!content.isArray() || content.isEmpty()) {
                problems.add("message " + i + " has no content");
            } else {
                String where = "message " + i;
                content.forEach(block -> textBlock(block, where, problems));
            }
        }
        if (messages.size() % 2 != 0) {
            problems.add("the last message is not the assistant's");
        }
        return problems;
    }

    private static void textBlock(JsonNode block, String where, List<String> problems) {
        onlyKeys(block, Set.of("text"), where + " block", problems);
        if (!block.path("text").isTextual() || block.path("text").asText().isBlank()) {
            problems.add(where + " has a block without text");
        }
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String where, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(where + " has unexpected key " + name);
            }
        }
    }
}
