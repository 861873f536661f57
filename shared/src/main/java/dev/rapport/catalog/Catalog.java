package dev.rapport.catalog;

import java.util.List;
import java.util.Optional;

/** Where products live. Reads are served from what the adapter holds; the catalog changes rarely. */
public interface Catalog {

    Optional<Product> product(String sku);

    /** Products matching the query's filters, best word match first, at most {@code limit}. */
    List<Product> search(ProductQuery query, int limit);

    /** Creates or replaces a product; returns true when it was new. */
    boolean put(Product product);
}
