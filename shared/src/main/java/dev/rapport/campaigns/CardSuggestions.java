package dev.rapport.campaigns;

import dev.rapport.catalog.Catalog;
import dev.rapport.catalog.Constraints;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductQuery;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The products a card may suggest: in stock, matching something the customer likes (a colour, a
 * kind of product, a word of its name), allowed by every constraint, best matches first. None when
 * nothing the customer likes is in the catalog: a card suggests only what their own words support.
 */
public final class CardSuggestions {

    static final int OFFERED = 5;
    private static final int SEARCHED = 20;

    /** Colours as customers say them in Chinese, as the catalog names them. */
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("藏青", "navy"),
            Map.entry("绿", "green"),
            Map.entry("红", "red"),
            Map.entry("蓝", "blue"),
            Map.entry("黑", "black"),
            Map.entry("白", "white"),
            Map.entry("粉", "pink"),
            Map.entry("灰", "grey"),
            Map.entry("黄", "yellow"),
            Map.entry("米", "beige"),
            Map.entry("棕", "brown"));

    private static final List<String> ENGLISH_COLOURS =
            List.of("navy", "green", "red", "blue", "black", "white", "pink", "grey", "yellow", "beige", "brown");

    private final Catalog catalog;

    public CardSuggestions(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<Product> offered(CardFacts facts) {
        Constraints constraints = Constraints.of(facts.avoids(), facts.requires());
        Map<String, Integer> score = new LinkedHashMap<>();
        Map<String, Product> found = new LinkedHashMap<>();
        for (String like : facts.likes()) {
            ProductQuery query = query(like);
            for (Product p : catalog.search(query, SEARCHED)) {
                if (p.inStock() && constraints.allows(p)) {
                    found.putIfAbsent(p.sku(), p);
                    // A like's words ("shoes") count beyond its colour alone: white shoes before a white phone.
                    score.merge(p.sku(), 1 + query.score(p), Integer::sum);
                }
            }
        }
        // A stable sort: among equals, the catalog's own ranking stands.
        return found.values().stream()
                .sorted(Comparator.comparing((Product p) -> -score.get(p.sku())))
                .limit(OFFERED)
                .toList();
    }

    /** A colour is a filter, the rest of the words a search ("white shoes": white, and the word shoes). */
    private static ProductQuery query(String like) {
        String text = like.toLowerCase(Locale.ROOT);
        String colour = null;
        for (Map.Entry<String, String> zh : COLOURS.entrySet()) {
            if (text.contains(zh.getKey())) {
                colour = zh.getValue();
                text = text.replace(zh.getKey() + "色", "").replace(zh.getKey(), "");
            }
        }
        for (String en : ENGLISH_COLOURS) {
            if (colour == null && text.matches(".*\\b" + en + "\\b.*")) {
                colour = en;
                text = text.replaceAll("\\b" + en + "\\b", "");
            }
        }
        String words = text.replaceAll("(?<=\\w)s\\b", "").strip();
        return new ProductQuery(words.isEmpty() ? null : words, null, colour, null, null, null);
    }
}
