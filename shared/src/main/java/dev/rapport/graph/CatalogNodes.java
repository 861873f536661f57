package dev.rapport.graph;

import dev.rapport.catalog.Product;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps a product's node in step with the catalog: a product put by the products route becomes (or
 * renames) its node, with its price and specs, and joins its category when the graph has one. Both
 * writes are upserts, so a retry after a failure between them repeats both.
 */
public final class CatalogNodes implements Consumer<Product> {

    private final GraphStore store;

    public CatalogNodes(GraphStore store) {
        this.store = store;
    }

    @Override
    public void accept(Product product) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("price", product.price().toPlainString());
        // Regional figures (key@CN) stay in the catalog, which resolves them for the customer's market.
        product.specs().entrySet().stream()
                .filter(e -> !e.getKey().contains("@") && attributes.size() < GraphInput.MAX_ATTRIBUTES)
                .forEach(e -> attributes.put(e.getKey(), e.getValue()));
        String kind = product.category().equals("accessory") ? GraphNode.ACCESSORY : GraphNode.PRODUCT;
        GraphNode node = new GraphNode(product.sku(), kind, product.nameZh(), product.nameEn(), null, null, attributes);
        GraphNode stored = store.node(product.sku()).orElse(null);
        GraphNode kept = stored == null
                ? node
                : new GraphNode(
                        node.id(),
                        stored.kind(),
                        node.nameZh(),
                        node.nameEn(),
                        stored.descriptionZh(),
                        stored.descriptionEn(),
                        merged(stored.attributes(), attributes));
        store.putNode(kept);
        store.node("cat-" + product.category())
                .ifPresent(category -> store.putEdge(
                        GraphEdge.of(product.sku(), GraphEdge.BELONGS_TO, category.id()), kept, category));
    }

    /** The catalog's figures over what the graph held, keeping graph-only attributes such as aliases. */
    private static Map<String, String> merged(Map<String, String> stored, Map<String, String> fresh) {
        Map<String, String> merged = new LinkedHashMap<>(stored);
        merged.putAll(fresh);
        return merged;
    }
}
