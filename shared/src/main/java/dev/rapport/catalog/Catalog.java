package dev.rapport.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Where products live: held whole in memory for a small catalog, or searched through a managed
 * {@link ProductIndex} and read by SKU for a large one.
 */
public interface Catalog {

    Optional<Product> product(String sku);

    /**
     * Products matching the query's filters, best match first, at most {@code limit}.
     *
     * @throws CatalogUnavailableException when a managed search service cannot answer
     */
    List<Product> search(ProductQuery query, int limit);

    /** Creates or replaces a product; returns true when it was new. */
    boolean put(Product product);
}
