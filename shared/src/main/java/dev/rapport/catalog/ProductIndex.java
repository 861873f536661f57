package dev.rapport.catalog;

import java.util.List;

/**
 * A managed search over the product descriptions, for a catalog too large to hold in every
 * function's memory. It answers SKUs only: the indexed text is as old as the last sync, so prices,
 * stock and specs are read afterwards from the catalog's own table.
 */
public interface ProductIndex {

    /**
     * SKUs of the products that best match the query's words, best first, at most {@code limit}. The
     * index applies what it can of the filters (category, price); the caller checks every filter
     * again on the current product.
     *
     * @throws CatalogUnavailableException when the search service is throttled, failing, unreachable
     *     or refuses the request
     */
    List<String> skus(ProductQuery query, int limit);
}
