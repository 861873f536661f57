package dev.rapport.model.offline;

import dev.rapport.graph.GraphQuestion;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.tools.LiveDataQuestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tool a question calls for, read from its words in Chinese or English, so the offline engine
 * uses the same tools a model would. Unsure means no tool: the engine then answers as it always did.
 */
final class ToolIntents {

    private static final Pattern CANCEL = Pattern.compile("(?i)\\bcancel|取消|退掉|不要了");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\baddress\\b|地址");
    private static final Pattern REBOOK =
            Pattern.compile("(?i)\\b(rebook|reschedule|re-schedule|delivery (?:date|time|slot))|改约|改期|配送时间|送货时间|改时间");
    private static final Pattern NEW_VALUE =
            Pattern.compile("(?i)(?:\\bto\\b|改为|改成|改到|换成|换到)[:：]?\\s*(.+?)\\s*[.。!！?？]*$");
    private static final Pattern ADVICE =
            Pattern.compile("(?i)\\b(recommend\\w*|suggest\\w*|what goes with|gift ideas?)\\b|推荐|建议|买什么|送什么|搭配");
    private static final Pattern RECOMMEND = Pattern.compile("(?i)\\b(recommend\\w*|suggest\\w*)\\b|推荐|建议");
    private static final Pattern DID_NOT_HELP = Pattern.compile(
            "(?i)\\b(?:didn'?t (?:work|help)|did not (?:work|help)|still (?:not|doesn'?t|won'?t|no)|no luck|tried that)"
                    + "|没用|还是不行|还是没|不管用|试过了|没有用");
    private static final Pattern SIZE = Pattern.compile("(?i)(?<![A-Za-z])(XXL|XL|XS|S|M|L)(?![A-Za-z])|(\\d{2})\\s*码");
    private static final Pattern MAX_PRICE =
            Pattern.compile("(?i)(?:under|below|less than|低于|不超过)\\s*[¥$€]?\\s*(\\d+)|(\\d+)\\s*(?:元)?以下");

    static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put("藏青", "navy");
        COLOURS.put("navy", "navy");
        COLOURS.put("黑", "black");
        COLOURS.put("black", "black");
        COLOURS.put("白", "white");
        COLOURS.put("white", "white");
        COLOURS.put("蓝", "blue");
        COLOURS.put("blue", "blue");
        COLOURS.put("红", "red");
        COLOURS.put("red", "red");
        COLOURS.put("绿", "green");
        COLOURS.put("green", "green");
        COLOURS.put("灰", "grey");
        COLOURS.put("grey", "grey");
        COLOURS.put("gray", "grey");
        COLOURS.put("粉", "pink");
        COLOURS.put("pink", "pink");
        COLOURS.put("黄", "yellow");
        COLOURS.put("yellow", "yellow");
        COLOURS.put("米色", "beige");
        COLOURS.put("beige", "beige");
    }

    private ToolIntents() {}

    /**
     * @param graph whether {@code graph_lookup} is on offer: then a relation's words call it
     * @param earlier the customer's earlier messages, newest first: what "this phone" may refer to
     */
    static Optional<Content.ToolUse> of(String question, boolean graph, List<String> earlier) {
        Map<String, Object> input = new LinkedHashMap<>();
        Matcher order = LiveDataQuestion.ORDER.matcher(question);
        if (order.find()) {
            input.put("orderId", order.group(1) != null ? order.group(1) : order.group(2));
            if (CANCEL.matcher(question).find()) {
                return use("cancel_order", input);
            }
            boolean address = ADDRESS.matcher(question).find();
            if (address || REBOOK.matcher(question).find()) {
                Matcher value = NEW_VALUE.matcher(question);
                if (value.find()) {
                    input.put(address ? "address" : "slot", value.group(1));
                    return use(address ? "change_delivery_address" : "rebook_delivery", input);
                }
            }
            return use("get_order_status", input);
        }
        if (graph && DID_NOT_HELP.matcher(question).find()) {
            Optional<Content.ToolUse> next = nextStep(earlier);
            if (next.isPresent()) {
                return next;
            }
        }
        Optional<String> relation = graph ? GraphQuestion.relation(question) : Optional.empty();
        if (relation.isPresent() && !RECOMMEND.matcher(question).find()) {
            // The whole question as the entity: the tool's name index finds the node it names.
            input.put("entity", question);
            input.put("relation", relation.get());
            String without = GraphQuestion.without(question);
            if (without != null) {
                input.put("without", without);
            }
            if (!earlier.isEmpty()) {
                input.put("context", earlier);
            }
            return use("graph_lookup", input);
        }
        String category = LiveDataQuestion.category(question);
        if (ADVICE.matcher(question).find()) {
            if (category != null) {
                input.put("category", category);
            }
            return use("recommend", input);
        }
        String colour = first(COLOURS, question);
        if (category == null || !(LiveDataQuestion.hasProductCue(question) || colour != null)) {
            return Optional.empty();
        }
        input.put("category", category);
        if (colour != null) {
            input.put("colour", colour);
        }
        Matcher size = SIZE.matcher(question);
        if (size.find() && (category.equals("jacket") || category.equals("shoes"))) {
            input.put("size", size.group(1) != null ? size.group(1).toUpperCase(Locale.ROOT) : size.group(2));
        }
        Matcher max = MAX_PRICE.matcher(question);
        if (max.find()) {
            input.put("maxPrice", max.group(1) != null ? max.group(1) : max.group(2));
        }
        return use("search_products", input);
    }

    static String first(Map<String, String> words, String text) {
        return LiveDataQuestion.first(words, text);
    }

    /**
     * The step after those tried: the customer's latest troubleshooting question among the earlier
     * messages, asked again with one more step tried for each "that didn't help" since it.
     */
    private static Optional<Content.ToolUse> nextStep(List<String> earlier) {
        int tried = 1;
        for (String message : earlier) {
            boolean didNotHelp = DID_NOT_HELP.matcher(message).find();
            if (!didNotHelp
                    && GraphQuestion.relation(message)
                            .filter(GraphQuestion.TROUBLESHOOT::equals)
                            .isPresent()) {
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("entity", message);
                input.put("relation", GraphQuestion.TROUBLESHOOT);
                input.put("tried", tried);
                return use("graph_lookup", input);
            }
            if (!didNotHelp) {
                return Optional.empty();
            }
            tried++;
        }
        return Optional.empty();
    }

    private static Optional<Content.ToolUse> use(String name, Map<String, Object> input) {
        return Optional.of(new Content.ToolUse("offline-" + name, name, Json.write(input)));
    }
}
