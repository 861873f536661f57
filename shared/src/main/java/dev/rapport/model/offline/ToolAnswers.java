package dev.rapport.model.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.Region;
import dev.rapport.json.Json;
import dev.rapport.orders.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The offline engine's answer from a tool's result: only the figures the tool returned, in the
 * customer's language. Nothing is invented; an empty result says so.
 */
final class ToolAnswers {

    private static final Pattern BATTERY = Pattern.compile("(?i)battery|last|续航|电池|待机");
    private static final int LISTED = 3;

    private ToolAnswers() {}

    static String of(String tool, String resultJson, String question, boolean chinese) {
        JsonNode result;
        try {
            result = Json.MAPPER.readTree(resultJson);
        } catch (JsonProcessingException e) {
            result = Json.MAPPER.createObjectNode();
        }
        if (AccountAnswers.TOOLS.contains(tool)) {
            return AccountAnswers.of(tool, result, chinese);
        }
        if (result.has("error")) {
            return chinese
                    ? "抱歉，这个请求我没能处理，请换个说法或提供订单号。"
                    : "Sorry, I couldn't work that out; please rephrase or give me the order number.";
        }
        if (result.path("unavailable").asBoolean() && result.path("products").isEmpty()) {
            return searchUnavailable(chinese);
        }
        String answer = switch (tool) {
            case "get_order_status" -> order(result, chinese);
            case "cancel_order", "change_delivery_address", "rebook_delivery" -> proposal(result, chinese);
            case "get_product" ->
                result.path("found").asBoolean()
                        ? products(
                                List.of(result.get("product")),
                                result.path("region").asText(null),
                                question,
                                chinese)
                        : (chinese
                                ? "目录里没有找到商品 " + result.path("sku").asText() + "。"
                                : "I can't find product " + result.path("sku").asText() + " in the catalog.");
            case "recommend" -> recommendation(result, chinese);
            case GraphAnswers.TOOL -> GraphAnswers.of(result, chinese);
            default ->
                products(list(result.path("products")), result.path("region").asText(null), question, chinese);
        };
        return answer + ConstraintNotes.of(result, chinese);
    }

    private static String order(JsonNode order, boolean chinese) {
        String id = order.path("orderId").asText();
        if (!order.path("found").asBoolean()) {
            return chinese
                    ? "您的账户下没有找到订单" + id + "，请核对一下订单号。"
                    : "I can't find an order " + id + " on your account. Could you check the number?";
        }
        String status = OrderStatus.fromWire(order.path("status").asText()).label(chinese);
        List<String> items = new ArrayList<>();
        order.path("items")
                .forEach(i -> items.add(i.path("name").asText()
                        + (i.path("quantity").asInt(1) > 1
                                ? " ×" + i.path("quantity").asInt()
                                : "")));
        String slot = order.path("deliverySlot").asText("");
        String address = order.path("deliveryAddress").asText("");
        return chinese
                ? "订单" + id + "目前" + status + "。商品：" + String.join("、", items) + "。"
                        + (slot.isEmpty() ? "" : "配送时间：" + slot + "。")
                        + (address.isEmpty() ? "" : "收货地址：" + address + "。")
                : "Order " + id + " is " + status + ": " + String.join(", ", items) + "."
                        + (slot.isEmpty() ? "" : " Delivery slot: " + slot + ".")
                        + (address.isEmpty() ? "" : " Delivering to " + address + ".");
    }

    private static String proposal(JsonNode result, boolean chinese) {
        String id = result.path("orderId").asText();
        if (result.path("proposed").asBoolean()) {
            String summary = result.path("summary").asText();
            return chinese
                    ? "可以为您办理：" + summary + "。请回复“确认”继续，或回复“不”保持原样。"
                    : "I can do that: " + summary
                            + ". Please reply \u201cyes\u201d to confirm, or \u201cno\u201d to leave it as it is.";
        }
        if (!result.path("found").asBoolean()) {
            return chinese
                    ? "您的账户下没有找到订单" + id + "，请核对一下订单号。"
                    : "I can't find an order " + id + " on your account. Could you check the number?";
        }
        String status = OrderStatus.fromWire(result.path("status").asText()).label(chinese);
        return chinese
                ? "订单" + id + "已经" + status + "，无法再做这个修改。需要的话我可以为您转人工客服。"
                : "Order " + id + " is already " + status + ", so that change isn't possible any more. "
                        + "I can pass you to a colleague if you need.";
    }

    private static String products(List<JsonNode> products, String region, String question, boolean chinese) {
        if (products.isEmpty()) {
            return chinese ? "抱歉，目录里没有找到符合条件的商品。" : "Sorry, I found nothing in the catalog that matches.";
        }
        boolean battery = BATTERY.matcher(question).find();
        List<String> lines = new ArrayList<>();
        for (JsonNode p : products.subList(0, Math.min(LISTED, products.size()))) {
            lines.add(battery && p.path("specs").has("batteryHoursMixed") ? battery(p, chinese) : listing(p, chinese));
        }
        String where = chinese
                ? "（数据按您所在地区：" + Region.label(region, true) + "）"
                : " (figures for " + Region.label(region, false) + ")";
        return chinese
                ? "根据商品目录" + (battery ? where : "") + "：" + String.join("；", lines) + "。"
                : "From our catalog" + (battery ? where : "") + ": " + String.join("; ", lines) + ".";
    }

    private static String battery(JsonNode p, boolean chinese) {
        JsonNode specs = p.path("specs");
        String mixed = specs.path("batteryHoursMixed").asText();
        String video = specs.path("batteryHoursVideo").asText("");
        return chinese
                ? name(p, true) + " 日常混合使用约 " + mixed + " 小时" + (video.isEmpty() ? "" : "，连续播放视频约 " + video + " 小时")
                : name(p, false) + " lasts about " + mixed + " hours of mixed use"
                        + (video.isEmpty() ? "" : " and " + video + " hours of video playback");
    }

    static String listing(JsonNode p, boolean chinese) {
        List<String> colours =
                list(p.path("colours")).stream().map(JsonNode::asText).toList();
        List<String> sizes =
                list(p.path("sizes")).stream().map(JsonNode::asText).toList();
        String price = p.path("price").asText() + " " + p.path("currency").asText();
        String stock = p.path("inStock").asBoolean() ? "" : (chinese ? "，暂时缺货" : ", out of stock");
        return chinese
                ? name(p, true) + "，" + price + (colours.isEmpty() ? "" : "，颜色：" + String.join("/", colours))
                        + (sizes.isEmpty() ? "" : "，尺码：" + String.join("/", sizes)) + stock
                : name(p, false) + ", " + price + (colours.isEmpty() ? "" : ", in " + String.join("/", colours))
                        + (sizes.isEmpty() ? "" : ", sizes " + String.join("/", sizes)) + stock;
    }

    private static String recommendation(JsonNode result, boolean chinese) {
        List<JsonNode> products = list(result.path("products"));
        List<String> lines = products.stream().map(p -> listing(p, chinese)).toList();
        boolean bought = !result.path("basedOn").path("purchases").isEmpty();
        List<String> told = list(result.path("basedOn").path("memories")).stream()
                .map(JsonNode::asText)
                .toList();
        String basis = chinese
                ? (bought ? "根据您买过的商品" : "")
                        + (told.isEmpty() ? "" : (bought ? "和" : "根据") + "您告诉过我的（" + String.join("；", told) + "）")
                : (bought ? "Going by what you've bought" : "")
                        + (told.isEmpty()
                                ? ""
                                : (bought ? " and what you've told me (" : "Going by what you've told me (")
                                        + String.join("; ", told) + ")");
        if (products.isEmpty()) {
            return chinese
                    ? (basis.isEmpty() ? "" : basis + "，") + "目录里暂时没有合适的推荐；告诉我您想找什么，我帮您查。"
                    : (basis.isEmpty() ? "" : basis + ", ") + "I have nothing in the catalog to recommend yet; tell me "
                            + "what you're looking for and I'll search it.";
        }
        return chinese
                ? (basis.isEmpty() ? "" : basis + "，") + "可以看看：" + String.join("；", lines) + "。"
                : (basis.isEmpty() ? "" : basis + ", ") + "you might like: " + String.join("; ", lines) + ".";
    }

    private static String name(JsonNode p, boolean chinese) {
        return p.path(chinese ? "nameZh" : "nameEn").asText(p.path("sku").asText());
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** A catalog search that could not run (the products knowledge base out): said so, not "nothing found". */
    static String searchUnavailable(boolean chinese) {
        return chinese
                ? "抱歉，商品搜索暂时不可用，请稍后再试。"
                : "Sorry, product search is unavailable right now; please try again in a moment.";
    }
}
