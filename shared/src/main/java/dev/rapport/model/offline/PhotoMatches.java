package dev.rapport.model.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.inquiry.image.ImageFacts;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.safety.HealthConcern;
import dev.rapport.tools.LiveDataQuestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catalog items for a photo, matched by all the offline engine can honestly read from it: its main
 * colour, plus the category the question names. Health photos get no shopping suggestions.
 */
final class PhotoMatches {

    private static final int LISTED = 3;

    private PhotoMatches() {}

    static Optional<Content.ToolUse> search(String question, Content.Image photo) {
        if (HealthConcern.of(question) != HealthConcern.NONE) {
            return Optional.empty();
        }
        return ImageFacts.read(photo.bytes())
                .filter(f -> !f.dominantColours().isEmpty())
                .map(facts -> {
                    Map<String, String> input = new LinkedHashMap<>();
                    input.put("colour", facts.dominantColours().get(0).colour().english());
                    String category = LiveDataQuestion.category(question);
                    if (category != null) {
                        input.put("category", category);
                    }
                    return new Content.ToolUse("offline-photo", "search_products", Json.write(input));
                });
    }

    /** The matches, said after the photo's own facts. */
    static String answer(String resultJson, boolean chinese) {
        JsonNode result;
        try {
            result = Json.MAPPER.readTree(resultJson);
        } catch (JsonProcessingException e) {
            result = Json.MAPPER.createObjectNode();
        }
        List<JsonNode> products = ToolAnswers.list(result.path("products"));
        if (products.isEmpty() && result.path("unavailable").asBoolean()) {
            return ToolAnswers.searchUnavailable(chinese);
        }
        if (products.isEmpty()) {
            return chinese ? "商品目录里没有找到这个颜色的相配商品。" : "I found nothing in our catalog in that colour.";
        }
        List<String> lines = products.subList(0, Math.min(LISTED, products.size())).stream()
                .map(p -> ToolAnswers.listing(p, chinese))
                .toList();
        return chinese
                ? "商品目录里颜色相配的有：" + String.join("；", lines) + "。"
                : "Matching items in our catalog: " + String.join("; ", lines) + ".";
    }
}
