package dev.rapport.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One catalog item. Specs are free-form figures such as {@code batteryHours}; a figure that differs by
 * region carries the region after an {@code @} ({@code batteryHours@CN}), see {@link #spec(String, String)}.
 * What an item is made of or contains sits in the {@code materials} and {@code ingredients} specs, comma
 * separated, so a customer's constraints can be checked against it ({@link #madeOf()}).
 */
public record Product(
        String sku,
        String nameZh,
        String nameEn,
        String category,
        List<String> colours,
        List<String> sizes,
        BigDecimal price,
        String currency,
        Map<String, String> specs,
        int stock) {

    public Product {
        Objects.requireNonNull(sku, "sku");
        colours = colours == null ? List.of() : List.copyOf(colours);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        specs = specs == null ? Map.of() : Map.copyOf(new TreeMap<>(specs));
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    /** The figure for the customer's region when the catalog has one, else the general figure. */
    public String spec(String name, String region) {
        if (region != null) {
            String regional = specs.get(name + "@" + region.toUpperCase(Locale.ROOT));
            if (regional != null) {
                return regional;
            }
        }
        return specs.get(name);
    }

    /** Materials and ingredients, lower case: "wool, leather" gives wool and leather. */
    public Set<String> madeOf() {
        Set<String> parts = new LinkedHashSet<>();
        for (String spec : List.of("materials", "ingredients")) {
            for (String part : specs.getOrDefault(spec, "").split("[,，、]")) {
                if (!part.isBlank()) {
                    parts.add(part.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return parts;
    }

    /** What of {@code ruledOut} (lower-case material or ingredient names) the item is made of or contains. */
    public Set<String> breaches(Set<String> ruledOut) {
        Set<String> breached = madeOf();
        breached.retainAll(ruledOut);
        return breached;
    }

    public boolean hasColour(String colour) {
        return colours.stream().anyMatch(c -> c.equalsIgnoreCase(colour));
    }

    public boolean hasSize(String size) {
        return sizes.stream().anyMatch(s -> s.equalsIgnoreCase(size));
    }

    public boolean inStock() {
        return stock > 0;
    }
}
