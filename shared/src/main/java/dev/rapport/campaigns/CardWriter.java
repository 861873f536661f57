package dev.rapport.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.Product;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.ModelUnavailableException;
import dev.rapport.model.ToolSpec;
import dev.rapport.privacy.PiiRedactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a card's words and picks its one suggestion through the model port: Bedrock writes from
 * the facts and products given as fenced data, the offline engine composes the same facts
 * deterministically. What comes back is checked, not trusted: the suggestion must be one of the
 * products offered (each already allowed by every constraint), and the words are bounded and
 * PII-redacted; words that fail, or a model out of reach, fall back to the plain greeting.
 */
public final class CardWriter {

    public static final String TOOL = "write_birthday_card";
    static final int MAX_TEXT = 400;

    private static final String INSTRUCTIONS = """
        You write a short, warm birthday card from a shop to one of its customers, in %s. Use only the \
        facts in the context blocks: what the customer likes (kind "memory") and the products you may \
        suggest (kind "product", id is the SKU). Greet the customer once by the placeholder {name}, which \
        is replaced by their name. Mention at most two things they like. Suggest at most one product, only one \
        of those offered, by its SKU; offer none if there are none. Never mention health, allergies, diet, \
        prices or discounts. At most 3 sentences. Call the tool exactly once.\
        """;

    private static final String SCHEMA = """
        {"type":"object","properties":{
          "message":{"type":"string","description":"the card's words, greeting {name} once"},
          "sku":{"type":"string","description":"the SKU of the one product suggested; omit for none"}},
         "required":["message"]}\
        """;

    private final ConversationModel model;
    private final PiiRedactor redactor;

    public CardWriter(ConversationModel model, PiiRedactor redactor) {
        this.model = model;
        this.redactor = redactor;
    }

    /** The words (with {@code {name}} still in them) and the product suggested, if any. */
    public Written write(CardFacts facts, List<Product> offered) {
        List<Grounding> grounding = new ArrayList<>();
        for (int i = 0; i < facts.likes().size(); i++) {
            grounding.add(new Grounding(
                    Grounding.MEMORY, "like-" + (i + 1), facts.likes().get(i)));
        }
        offered.forEach(p -> grounding.add(new Grounding(Grounding.PRODUCT, p.sku(), p.name(facts.chinese()))));
        ModelRequest request = new ModelRequest(
                INSTRUCTIONS.formatted(facts.chinese() ? "Simplified Chinese" : "English"),
                grounding,
                List.of(Message.user(facts.chinese() ? "请写这张生日贺卡。" : "Write the birthday card.")),
                List.of(new ToolSpec(TOOL, "Deliver the birthday card.", SCHEMA)),
                facts.chinese() ? "zh-CN" : "en");
        JsonNode answer = answer(request);
        String text = answer == null ? "" : answer.path("message").asText("").strip();
        Optional<Product> suggested = answer == null
                ? Optional.empty()
                : offered.stream()
                        .filter(p -> p.sku().equals(answer.path("sku").asText("")))
                        .findFirst();
        boolean usable = text.contains("{name}")
                && text.indexOf("{name}") == text.lastIndexOf("{name}")
                && text.length() <= MAX_TEXT
                && text.chars().noneMatch(Character::isISOControl);
        return new Written(usable ? redactor.apply(text) : null, suggested.orElse(null));
    }

    /** The tool's input, or null: a model out of reach on the day still leaves the plain greeting to send. */
    private JsonNode answer(ModelRequest request) {
        try {
            return model.converse(request).message().content().stream()
                    .filter(Content.ToolUse.class::isInstance)
                    .map(Content.ToolUse.class::cast)
                    .filter(use -> use.name().equals(TOOL))
                    .findFirst()
                    .map(use -> parse(use.inputJson()))
                    .orElse(null);
        } catch (ModelUnavailableException e) {
            return null;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    /** @param text null when the model's words were unusable; {@code suggested} null for none */
    public record Written(String text, Product suggested) {}
}
