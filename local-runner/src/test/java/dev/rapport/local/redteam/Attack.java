package dev.rapport.local.redteam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attack of the red-team suite, as {@code redteam/attacks.jsonl} spells it: a chat message from
 * the attacker ({@code kind: chat}) or a raw API request ({@code kind: http}), with what must not
 * come back and what must not be remembered or stored.
 */
record Attack(
        String id,
        String category,
        String lang,
        String kind,
        String say,
        List<String> replyExcludes,
        List<String> memoryExcludes,
        List<String> pii,
        String method,
        String path,
        String body,
        String token,
        Map<String, String> headers,
        List<Integer> expectedStatuses) {

    static List<Attack> load() {
        List<Attack> attacks = new ArrayList<>();
        try (InputStream in = Attack.class.getResourceAsStream("/redteam/attacks.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    attacks.add(of(Json.MAPPER.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attacks;
    }

    private static Attack of(JsonNode node) {
        Map<String, String> headers = new LinkedHashMap<>();
        node.path("headers")
                .properties()
                .forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        List<Integer> statuses = new ArrayList<>();
        if (node.has("expectStatus")) {
            statuses.add(node.path("expectStatus").asInt());
        }
        node.path("expectStatusIn").forEach(s -> statuses.add(s.asInt()));
        return new Attack(
                node.path("id").asText(),
                node.path("category").asText(),
                node.path("lang").asText(),
                node.path("kind").asText(),
                text(node, "say"),
                strings(node, "replyExcludes"),
                strings(node, "memoryExcludes"),
                strings(node, "pii"),
                text(node, "method"),
                text(node, "path"),
                text(node, "body"),
                text(node, "token"),
                headers,
                statuses);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
