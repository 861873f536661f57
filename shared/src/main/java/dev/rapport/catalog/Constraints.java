package dev.rapport.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a product keeps to what a customer told us — the one check behind the recommendation tools
 * and the birthday card's suggestions. An avoided word rules a product out when its name, or a spec
 * saying what it is made of, names it or one of its other names (unsure means no); a vegan diet rules
 * out animal materials; a required material ("only cotton") rules out products made of the same kind
 * of stuff (fabrics, metals) without it, and only those of the kind it names ("leather shoes").
 */
public final class Constraints {

    public static final Constraints NONE = of(List.of(), List.of());

    /** The specs that say what a product is made of. */
    private static final Set<String> MADE_OF =
            Set.of("materials", "material", "fabric", "upper", "fill", "lining", "ingredients", "strap", "band");

    private final Set<String> ruledOut;
    private final Set<String> names;
    private final List<Requirement> required;

    private Constraints(Set<String> ruledOut, Set<String> names, List<Requirement> required) {
        this.ruledOut = ruledOut;
        this.names = names;
        this.required = required;
    }

    /** From the words of what is avoided ("wool", "真皮") and what is required ("vegan", "cotton socks"). */
    public static Constraints of(Collection<String> avoided, Collection<String> requiredWords) {
        Set<String> ruledOut = new TreeSet<>();
        Set<String> names = new LinkedHashSet<>();
        List<Requirement> required = new ArrayList<>();
        for (String word : avoided) {
            ruledOut.addAll(Materials.items(Materials.AVOIDED, word));
            names.addAll(Materials.names(word));
        }
        for (String word : requiredWords) {
            if (Materials.VEGAN.matcher(word).find()) {
                ruledOut.addAll(Materials.ANIMAL);
            } else {
                Requirement.of(word).ifPresent(required::add);
            }
        }
        names.removeIf(String::isBlank);
        return new Constraints(Set.copyOf(ruledOut), Set.copyOf(names), List.copyOf(required));
    }

    /** The catalog's materials and ingredients ruled out, lower case. */
    public Set<String> ruledOut() {
        return ruledOut;
    }

    public boolean isEmpty() {
        return ruledOut.isEmpty() && names.isEmpty() && required.isEmpty();
    }

    public boolean allows(Product product) {
        return check(product).kept();
    }

    public Verdict check(Product product) {
        String text = madeOf(product);
        Set<String> breached = new TreeSet<>();
        ruledOut.stream().filter(item -> Materials.named(text, item)).forEach(breached::add);
        if (breached.isEmpty()) {
            names.stream().filter(name -> Materials.named(text, name)).forEach(breached::add);
        }
        Set<String> missing = new TreeSet<>();
        for (Requirement requirement : required) {
            if (requirement.appliesTo(product) && !requirement.metBy(text)) {
                missing.add(requirement.word());
            }
        }
        return new Verdict(breached, missing);
    }

    /** The product's names and what its specs say it is made of, lower case. */
    static String madeOf(Product product) {
        StringBuilder text = new StringBuilder(product.nameEn() + " " + product.nameZh());
        for (Map.Entry<String, String> spec : product.specs().entrySet()) {
            if (MADE_OF.contains(spec.getKey().split("@")[0].toLowerCase(Locale.ROOT))) {
                text.append(' ').append(spec.getValue());
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
