package dev.rapport.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import java.util.function.Consumer;

/** {@code PUT /v1/kb/products/{sku}}: support admins create or replace a product, validated first. */
public final class CatalogAdmin {

    /** What the admin gets back: the product as stored, and whether it was new. */
    public record Saved(Product product, boolean created) {}

    private final Catalog catalog;
    private final Consumer<Product> saved;

    /** @param saved told of each product once stored, e.g. to keep the knowledge graph's node in step */
    public CatalogAdmin(Catalog catalog, Consumer<Product> saved) {
        this.catalog = catalog;
        this.saved = saved;
    }

    public Saved put(Caller caller, String sku, JsonNode body) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins may change the catalog.");
        }
        Product product = ProductInput.read(sku, body);
        boolean created = catalog.put(product);
        saved.accept(product);
        return new Saved(product, created);
    }
}
