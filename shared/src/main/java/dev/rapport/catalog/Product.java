package dev.rapport.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One catalog item. Specs are free-form figures such as {@code batteryHours}; a figure that differs by
 * region carries the region after an {@code @} ({@code batteryHours@CN}), see {@link #spec(String, String)}.
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
