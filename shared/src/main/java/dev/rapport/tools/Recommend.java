package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.Catalog;
import dev.rapport.catalog.CatalogUnavailableException;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductQuery;
import dev.rapport.model.ToolSpec;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code recommend}: products that go with what the customer bought and fit what they told us
 * (sizes, colours they like), never something they already own or something made of what their
 * constraints rule out (wool for a customer who avoids it).
 */
final class Recommend implements Tool {

    static final String NAME = "recommend";
    private static final int LIMIT = 3;
    /** What goes with what: accessories for devices, and the other way round. */
    private static final Map<String, List<String>> COMPANIONS = Map.of(
            "phone", List.of("charger", "headphones", "accessory"),
            "headphones", List.of("charger", "phone"),
            "jacket", List.of("shoes", "bag"),
            "shoes", List.of("jacket", "bag"),
            "watch", List.of("charger", "phone"),
            "charger", List.of("phone", "headphones"));

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Recommend catalog products for this customer from their purchase history and remembered "
                    + "preferences. Optional category narrows it.",
            """
            {"type":"object","properties":{"category":{"type":"string"},"query":{"type":"string"}}}\
            """);

    private final Catalog catalog;
    private final OrderStore orders;

    Recommend(Catalog catalog, OrderStore orders) {
        this.catalog = catalog;
        this.orders = orders;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        List<Order> history = orders.orders(context.customerHash(), 10);
        Set<String> owned = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        String asked = Inputs.text(input, "category");
        if (asked != null) {
            categories.add(asked.toLowerCase(Locale.ROOT));
        }
        for (Order order : history) {
            for (Order.Line line : order.items()) {
                owned.add(line.sku());
                catalog.product(line.sku())
                        .ifPresent(p -> categories.addAll(COMPANIONS.getOrDefault(p.category(), List.of())));
            }
        }
        String preferredColour = preferred(context.memories());
        List<Product> picks = new ArrayList<>();
        Suitable suitable = new Suitable(context);
        boolean unavailable = false;
        for (String category : categories.isEmpty() ? List.of("accessory", "headphones") : categories) {
            try {
                for (Product p : catalog.search(
                        new ProductQuery(Inputs.text(input, "query"), category, null, null, null, null), 10)) {
                    if (!owned.contains(p.sku()) && p.inStock() && suitable.test(p) && !picks.contains(p)) {
                        picks.add(p);
                    }
                }
            } catch (CatalogUnavailableException e) {
                // A managed search that cannot answer now will not for the next category either.
                unavailable = true;
                break;
            }
        }
        if (preferredColour != null) {
            picks.sort((a, b) -> Boolean.compare(b.hasColour(preferredColour), a.hasColour(preferredColour)));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("basedOn", Map.of("purchases", owned, "memories", context.memories()));
        result.put("region", context.region());
        if (unavailable) {
            result.put("unavailable", true);
            result.put("message", SearchProducts.UNAVAILABLE);
        }
        suitable.report(result);
        result.put(
                "products",
                picks.stream()
                        .limit(LIMIT)
                        .map(p -> ProductView.of(p, context.region()))
                        .toList());
        return ToolOutput.of(result);
    }

    /** A colour the customer said they like, from memories such as "likes navy" or "喜欢黑色". */
    private static String preferred(List<String> memories) {
        Map<String, String> colours = Map.of(
                "black", "black", "黑", "black", "white", "white", "白", "white", "blue", "blue", "蓝", "blue", "navy",
                "navy", "red", "red", "红", "red", "green", "green");
        for (String memory : memories) {
            String lower = memory.toLowerCase(Locale.ROOT);
            for (var entry : colours.entrySet()) {
                if (lower.contains(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }
}
