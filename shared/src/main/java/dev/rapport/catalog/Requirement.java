package dev.rapport.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A material a customer wears or uses only ("I only wear cotton", "只穿真皮的鞋"), checked against the
 * products made of the same kind of stuff, and only those of the kind it names: a watch of aluminium is
 * no business of "only cotton", and "cotton underwear" is no business of a jacket.
 */
record Requirement(String word, List<String> items, Set<String> family, Set<String> categories) {

    /** Kinds of product as customers name them, as the catalog's categories. */
    private static final Map<Pattern, Set<String>> KINDS = Map.of(
            Pattern.compile("shoe|sneaker|boot|trainer|鞋|靴"), Set.of("shoes"),
            Pattern.compile("jacket|coat|parka|外套|夹克|羽绒服|大衣"), Set.of("jacket"),
            Pattern.compile("\\bbags?\\b|backpack|tote|包"), Set.of("bag"),
            Pattern.compile("watch|手表|表带"), Set.of("watch", "accessory"),
            Pattern.compile("sock|袜"), Set.of("accessory"));

    /** Words that name no kind in particular: "cotton clothes" is about everything worn. */
    private static final Pattern ANY_KIND = Pattern.compile(
            "\\b(?:100%|pure|real|genuine|only|clothes|clothing|stuff|things|items|products|fabrics?|materials?|"
                    + "garments?|wear|ones?)\\b|纯|真|的|衣服|衣物|东西|面料|材质|料子|产品|[\\s,，、.。!！]");

    static Optional<Requirement> of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> items = Materials.items(Materials.REQUIRABLE, lower);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Set<String> family = Materials.METALS.contains(items.getFirst()) ? Materials.METALS : Materials.FABRICS;
        for (Map.Entry<Pattern, Set<String>> kind : KINDS.entrySet()) {
            if (kind.getKey().matcher(lower).find()) {
                return Optional.of(new Requirement(word, items, family, kind.getValue()));
            }
        }
        String rest = ANY_KIND.matcher(strip(lower)).replaceAll("");
        // A kind the catalog does not sell ("cotton underwear", "纯棉的睡衣"): nothing here to hold to it.
        return rest.isEmpty() ? Optional.of(new Requirement(word, items, family, Set.of())) : Optional.empty();
    }

    private static String strip(String lower) {
        String rest = lower;
        for (Materials.Entry entry : Materials.REQUIRABLE) {
            rest = entry.words().matcher(rest).replaceAll("");
        }
        return rest;
    }

    boolean appliesTo(Product product) {
        return (categories.isEmpty() || categories.contains(product.category()))
                && product.madeOf().stream().anyMatch(family::contains);
    }

    boolean metBy(String madeOf) {
        return items.stream().anyMatch(item -> Materials.named(madeOf, item));
    }
}
