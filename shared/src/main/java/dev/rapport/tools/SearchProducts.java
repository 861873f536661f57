package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.Catalog;
import dev.rapport.catalog.CatalogUnavailableException;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductQuery;
import dev.rapport.model.ToolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code search_products}: the catalog filtered by category, colour, size and price. When a managed
 * search cannot answer, the result says so ({@code unavailable}) and the turn goes on. Items made of
 * what the customer's constraints rule out are never returned; the result names what was ruled out.
 */
final class SearchProducts implements Tool {

    static final String NAME = "search_products";
    static final int LIMIT = 5;
    static final String UNAVAILABLE = "Product search is unavailable right now; say so and offer to try again.";

    private static final Logger LOG = LoggerFactory.getLogger(SearchProducts.class);

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Search the store's catalog. Returns up to 5 products with price, colours, sizes, stock and specs "
                    + "(figures already resolved for the customer's region).",
            """
            {"type":"object","properties":{
              "query":{"type":"string","description":"words from the customer's question, any language"},
              "category":{"type":"string","enum":["phone","headphones","charger","jacket","shoes","watch","bag","accessory"]},
              "colour":{"type":"string","description":"English colour name, e.g. black"},
              "size":{"type":"string"},
              "minPrice":{"type":"number"},
              "maxPrice":{"type":"number"}}}\
            """);

    private final Catalog catalog;

    SearchProducts(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        ProductQuery query = new ProductQuery(
                Inputs.text(input, "query"),
                Inputs.text(input, "category"),
                Inputs.text(input, "colour"),
                Inputs.text(input, "size"),
                Inputs.decimal(input, "minPrice"),
                Inputs.decimal(input, "maxPrice"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("region", context.region());
        Suitable suitable = new Suitable(context);
        List<Product> found;
        try {
            // Searched wider than shown when something is ruled out, so the items left out do not leave it short.
            int wanted = context.constraints().isEmpty() ? LIMIT : LIMIT * 3;
            found = catalog.search(query, wanted).stream()
                    .filter(suitable::test)
                    .limit(LIMIT)
                    .toList();
        } catch (CatalogUnavailableException e) {
            LOG.warn("product search unavailable, the tool says so: {}", e.getMessage());
            result.put("unavailable", true);
            result.put("message", UNAVAILABLE);
            found = List.of();
        }
        suitable.report(result);
        result.put(
                "products",
                found.stream().map(p -> ProductView.of(p, context.region())).toList());
        return ToolOutput.of(result);
    }
}
