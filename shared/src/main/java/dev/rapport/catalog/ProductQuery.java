package dev.rapport.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A catalog search: free words (matched against both names, category and colours) and optional
 * filters. Every field may be null.
 */
public record ProductQuery(
        String text, String category, String colour, String size, BigDecimal minPrice, BigDecimal maxPrice) {

    public boolean matches(Product product) {
        if (category != null && !category.equalsIgnoreCase(product.category())) {
            return false;
        }
        if (colour != null && !product.hasColour(colour)) {
            return false;
        }
        if (size != null && !product.hasSize(size)) {
            return false;
        }
        if (minPrice != null && product.price().compareTo(minPrice) < 0) {
            return false;
        }
        return maxPrice == null || product.price().compareTo(maxPrice) <= 0;
    }

    /** How many of the query's words the product mentions; 0 when the query has no words. */
    public int score(Product product) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String haystack = Stream.concat(
                        Stream.of(product.nameEn(), product.nameZh(), product.category(), product.sku()),
                        product.colours().stream())
                .filter(s -> s != null)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        return (int) words().stream().filter(haystack::contains).count();
    }

    private Set<String> words() {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[\\s,，。?？!！]+"))
                .filter(w -> w.length() > 1 || Character.isIdeographic(w.codePointAt(0)))
                .collect(Collectors.toSet());
    }
}
