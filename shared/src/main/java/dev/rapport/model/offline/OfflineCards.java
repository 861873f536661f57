package dev.rapport.model.offline;

import dev.rapport.campaigns.CardWriter;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.Role;
import dev.rapport.model.StopReason;
import dev.rapport.model.Usage;
import dev.rapport.text.TokenEstimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A birthday card composed without a model: the first two things the customer likes, in order,
 * and the first product offered (the caller ranks them), in the card's language. Same facts, same card.
 */
final class OfflineCards {

    private OfflineCards() {}

    static Optional<ModelReply> of(ModelRequest request) {
        if (request.tools().stream().noneMatch(t -> t.name().equals(CardWriter.TOOL))) {
            return Optional.empty();
        }
        boolean chinese = request.locale() != null
                && request.locale().toLowerCase(Locale.ROOT).startsWith("zh");
        List<String> likes = request.grounding().stream()
                .filter(g -> g.kind().equals(Grounding.MEMORY))
                .map(Grounding::text)
                .limit(2)
                .toList();
        Optional<Grounding> product = request.grounding().stream()
                .filter(g -> g.kind().equals(Grounding.PRODUCT))
                .findFirst();
        StringBuilder text = new StringBuilder(chinese ? "{name}，生日快乐！" : "Happy birthday, {name}! ");
        if (!likes.isEmpty()) {
            text.append(
                    chinese
                            ? "记得您喜欢" + String.join("和", likes) + "，"
                            : "We remember you like " + String.join(" and ", likes) + ", ");
        }
        product.ifPresent(
                p -> text.append(chinese ? "我们为您挑了" + p.text() + "。" : "so we picked the " + p.text() + " for you. "));
        if (product.isEmpty() && !likes.isEmpty()) {
            text.append(chinese ? "愿这一年处处是您喜欢的样子。" : "may your year be full of them. ");
        }
        text.append(chinese ? "祝您新的一岁一切顺心！" : "Wishing you a wonderful year ahead.");
        Map<String, String> input = new LinkedHashMap<>();
        input.put("message", text.toString().strip());
        product.ifPresent(p -> input.put("sku", p.id()));
        String json = Json.write(input);
        return Optional.of(new ModelReply(
                new Message(Role.ASSISTANT, List.of(new Content.ToolUse("card-1", CardWriter.TOOL, json))),
                StopReason.TOOL_USE,
                new Usage(TokenEstimate.of(request.instructions()), TokenEstimate.of(json))));
    }
}
