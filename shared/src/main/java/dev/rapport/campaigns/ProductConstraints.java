package dev.rapport.campaigns;

import dev.rapport.catalog.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a product respects every stored constraint: nothing the customer avoids (or is allergic
 * to) in its name or its material and ingredient specs, and nothing of animal origin for a vegan.
 * Unsure means no: a suggestion is left out rather than risked.
 */
public final class ProductConstraints {

    /** The specs that say what a product is made of. */
    private static final Set<String> MADE_OF =
            Set.of("material", "fabric", "upper", "fill", "lining", "ingredients", "strap", "band");

    /** The same material in both languages, so "不要皮革" keeps a leather upper out. */
    private static final List<List<String>> SAME = List.of(
            List.of("leather", "皮革", "真皮", "皮"),
            List.of("wool", "merino", "羊毛", "羊绒"),
            List.of("down", "羽绒", "鸭绒", "鹅绒"),
            List.of("silk", "丝", "蚕丝"),
            List.of("cotton", "棉"),
            List.of("polyester", "涤纶"),
            List.of("nickel", "镍"),
            List.of("latex", "乳胶"),
            List.of("fur", "皮草", "毛皮"));

    private static final List<String> ANIMAL = List.of("leather", "wool", "down", "silk", "fur");
    private static final Set<String> VEGAN = Set.of("vegan", "纯素", "严格素食");

    private final List<String> avoided;

    public ProductConstraints(CardFacts facts) {
        List<String> terms = new ArrayList<>();
        facts.avoids().forEach(a -> terms.addAll(expand(a)));
        if (facts.requires().stream().anyMatch(r -> VEGAN.contains(r.toLowerCase(Locale.ROOT)))) {
            ANIMAL.forEach(a -> terms.addAll(expand(a)));
        }
        this.avoided = List.copyOf(terms);
    }

    public boolean allows(Product product) {
        String madeOf = madeOf(product);
        return avoided.stream().noneMatch(madeOf::contains);
    }

    private static String madeOf(Product product) {
        StringBuilder text = new StringBuilder(product.nameEn() + " " + product.nameZh());
        for (Map.Entry<String, String> spec : product.specs().entrySet()) {
            if (MADE_OF.contains(spec.getKey().split("@")[0].toLowerCase(Locale.ROOT))) {
                text.append(' ').append(spec.getValue());
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** The term and its other names; "皮革制品" and "leather goods" mean leather too. */
    private static List<String> expand(String term) {
        String t = term.toLowerCase(Locale.ROOT).strip();
        List<String> names = new ArrayList<>(List.of(t));
        for (List<String> same : SAME) {
            if (same.stream().anyMatch(name -> t.contains(name) && (name.length() > 1 || t.equals(name)))) {
                names.addAll(same.stream().filter(n -> n.length() > 1).toList());
            }
        }
        return names;
    }
}
