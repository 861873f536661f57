package dev.rapport.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline engine's answer from a {@code graph_lookup} result: each fact the tool returned, said
 * once with its id as a citation marker, and nothing the result does not hold.
 */
final class GraphAnswers {

    static final String TOOL = "graph_lookup";

    private GraphAnswers() {}

    static String of(JsonNode result, boolean chinese) {
        if (!result.path("found").asBoolean()) {
            return chinese
                    ? "抱歉，商品知识图谱里没有找到您说的商品或问题；可以告诉我具体的商品名称吗？"
                    : "Sorry, I can't find that product or problem in our product graph; could you tell me the"
                            + " product's name?";
        }
        JsonNode entity = result.path("entity");
        String id = entity.path("id").asText();
        List<JsonNode> facts = ToolAnswers.list(result.path("facts"));
        return switch (result.path("relation").asText()) {
            case "troubleshoot" -> troubleshoot(result, facts, chinese);
            case "alternatives" -> alternatives(result, entity, facts, chinese);
            default -> listed(result, entity, id, facts, chinese);
        };
    }

    /** A plain list of the neighbours, worded by the relation and by which end the node asked about is. */
    private static String listed(JsonNode result, JsonNode entity, String id, List<JsonNode> facts, boolean chinese) {
        String relation = result.path("relation").asText();
        String name = name(entity, chinese);
        if (facts.isEmpty()) {
            return chinese
                    ? "商品知识图谱里没有" + name + "的这类信息。"
                    : "Our product graph holds nothing of that kind for " + name + ".";
        }
        boolean outward = facts.get(0).path("from").path("id").asText().equals(id)
                || relation.equals("compatible")
                || relation.equals("all");
        List<String> items = new ArrayList<>();
        for (JsonNode fact : facts) {
            items.add(other(fact, id, chinese) + detail(fact, chinese) + marker(fact));
        }
        String more = result.path("more").asInt() > 0
                ? (chinese
                        ? "（另有 " + result.path("more").asInt() + " 项）"
                        : " (and " + result.path("more").asInt() + " more)")
                : "";
        String head = head(relation, outward, name, chinese);
        return chinese
                ? "根据商品知识图谱，" + head + String.join("；", items) + more + "。"
                : "From our product graph, " + head + String.join("; ", items) + more + ".";
    }

    private static String head(String relation, boolean outward, String name, boolean chinese) {
        return switch (relation) {
            case "compatible" -> chinese ? name + "兼容：" : name + " works with: ";
            case "accessories" ->
                outward
                        ? (chinese ? name + "是这些商品的配件：" : name + " is an accessory for: ")
                        : (chinese ? name + "的配件有：" : "accessories for " + name + ": ");
            case "materials" ->
                outward
                        ? (chinese ? name + "的材质：" : name + " is made of: ")
                        : (chinese ? "用" + name + "做的商品：" : "made of " + name + ": ");
            case "policies" ->
                outward
                        ? (chinese ? name + "适用的政策：" : name + " is covered by: ")
                        : (chinese ? "适用" + name + "的商品：" : name + " covers: ");
            default -> chinese ? name + "：" : name + ": ";
        };
    }

    private static String alternatives(JsonNode result, JsonNode entity, List<JsonNode> facts, boolean chinese) {
        String id = entity.path("id").asText();
        String name = name(entity, chinese);
        List<String> because = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (JsonNode fact : facts) {
            String said = other(fact, id, chinese) + marker(fact);
            (fact.path("kind").asText().equals("made_of") ? because : alternatives).add(said);
        }
        List<String> without = ToolAnswers.list(result.path("without")).stream()
                .map(m -> name(m, chinese))
                .toList();
        boolean memory = result.path("withoutFromMemory").asBoolean();
        String leftOut = without.isEmpty()
                ? ""
                : chinese
                        ? (memory ? "您说过不用动物制品，" : "")
                                + (because.isEmpty() ? "" : name + "含有" + String.join("、", because) + "；")
                        : (memory ? "As you avoid animal products, " : "")
                                + (because.isEmpty() ? "" : name + " is made of " + String.join(", ", because) + "; ");
        String excluded = chinese ? "不含" + String.join("、", without) + "的" : " without " + String.join(", ", without);
        if (alternatives.isEmpty()) {
            return chinese
                    ? leftOut + "商品知识图谱里没有" + name + (without.isEmpty() ? "" : excluded) + "替代款。"
                    : leftOut + "our product graph holds no alternative to " + name
                            + (without.isEmpty() ? "" : excluded) + ".";
        }
        return chinese
                ? leftOut + name + "的" + (without.isEmpty() ? "" : excluded) + "替代款：" + String.join("；", alternatives)
                        + "。"
                : leftOut + (leftOut.isEmpty() ? "A" : "a") + "n alternative to " + name
                        + (without.isEmpty() ? "" : excluded) + ": " + String.join("; ", alternatives) + ".";
    }

    /** Symptom, likely causes and the one step to try now; a handoff once the steps run out. */
    private static String troubleshoot(JsonNode result, List<JsonNode> facts, boolean chinese) {
        JsonNode symptom = result.path("entity");
        List<String> causes = new ArrayList<>();
        String step = "";
        String owns = "";
        for (JsonNode fact : facts) {
            switch (fact.path("kind").asText()) {
                case "caused_by" -> causes.add(name(fact.path("to"), chinese) + marker(fact));
                case "fixed_by" -> step = name(fact.path("to"), chinese) + marker(fact);
                default -> owns = marker(fact);
            }
        }
        String problem = chinese
                ? "「" + name(symptom, true) + "」" + owns + "的常见原因：" + String.join("、", causes) + "。"
                : "\u201c" + name(symptom, false) + "\u201d" + owns + " is usually caused by: "
                        + String.join("; ", causes) + ".";
        if (result.path("exhausted").asBoolean()) {
            return chinese
                    ? problem + "能试的步骤都试过了，我为您转接人工客服继续处理。"
                    : problem + " We've been through every step I have, so I'll pass you to a colleague.";
        }
        return chinese
                ? problem + "请先试试：" + step + "。如果还不行，告诉我，我们再看下一步。"
                : problem + " First try this: " + step
                        + ". If that doesn't help, tell me and we'll take the next step.";
    }

    private static String other(JsonNode fact, String id, boolean chinese) {
        JsonNode from = fact.path("from");
        return name(from.path("id").asText().equals(id) ? fact.path("to") : from, chinese);
    }

    private static String detail(JsonNode fact, boolean chinese) {
        String note = fact.path(chinese ? "noteZh" : "noteEn").asText("");
        boolean full = fact.path("attributes").path("fullSpeed").asText("").equals("yes");
        String speed = full ? (chinese ? "满速" : "full speed") : "";
        String both = String.join(
                chinese ? "，" : ", ",
                List.of(speed, note).stream().filter(s -> !s.isEmpty()).toList());
        return both.isEmpty() ? "" : chinese ? "（" + both + "）" : " (" + both + ")";
    }

    private static String marker(JsonNode fact) {
        return " [" + fact.path("id").asText() + "]";
    }

    private static String name(JsonNode end, boolean chinese) {
        return end.path(chinese ? "nameZh" : "nameEn").asText(end.path("id").asText());
    }
}
