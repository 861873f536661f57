package dev.rapport.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;

/** {@code PUT /v1/kb/products/{sku}}: support admins create or replace a product, validated first. */
public final class CatalogAdmin {

    /** What the admin gets back: the product as stored, and whether it was new. */
    public record Saved(Product product, boolean created) {}

    private final Catalog catalog;

    public CatalogAdmin(Catalog catalog) {
        this.catalog = catalog;
    }

    public Saved put(Caller caller, String sku, JsonNode body) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins may change the catalog.");
        }
        Product product = ProductInput.read(sku, body);
        return new Saved(product, catalog.put(product));
    }
}
