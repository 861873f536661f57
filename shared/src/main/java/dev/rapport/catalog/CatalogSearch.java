package dev.rapport.catalog;

import java.util.Comparator;
import java.util.List;

/** Filters and ranks a list of products in memory: the whole catalog fits in a function's heap. */
public final class CatalogSearch {

    private CatalogSearch() {}

    public static List<Product> search(List<Product> products, ProductQuery query, int limit) {
        boolean worded = query.text() != null && !query.text().isBlank();
        return products.stream()
                .filter(query::matches)
                .map(p -> new Ranked(p, query.score(p)))
                .filter(r -> !worded || r.score() > 0 || filtered(query))
                .sorted(Comparator.comparingInt(Ranked::score)
                        .reversed()
                        .thenComparing(r -> !r.product().inStock())
                        .thenComparing(r -> r.product().sku()))
                .limit(limit)
                .map(Ranked::product)
                .toList();
    }

    private static boolean filtered(ProductQuery query) {
        return query.category() != null || query.colour() != null || query.size() != null;
    }

    private record Ranked(Product product, int score) {}
}
