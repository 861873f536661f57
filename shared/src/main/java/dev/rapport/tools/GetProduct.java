package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.Catalog;
import dev.rapport.catalog.Verdict;
import dev.rapport.model.ToolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code get_product}: one product by SKU; an unknown SKU is an ordinary "not found". A product asked for
 * by name is shown even when it breaks the customer's constraints, with {@code conflicts} saying how,
 * so the answer says so instead of offering it silently.
 */
final class GetProduct implements Tool {

    static final String NAME = "get_product";

    private static final ToolSpec SPEC =
            new ToolSpec(NAME, "Look up one product by SKU, with specs resolved for the customer's region.", """
                {"type":"object","properties":{"sku":{"type":"string"}},"required":["sku"]}\
                """);

    private final Catalog catalog;

    GetProduct(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        String sku = Inputs.text(input, "sku");
        if (sku == null) {
            return ToolOutput.invalid("'sku' is required");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sku", sku);
        catalog.product(sku)
                .ifPresentOrElse(
                        p -> {
                            result.put("found", true);
                            result.put("region", context.region());
                            result.put("product", ProductView.of(p, context.region()));
                            conflicts(context.constraints().check(p), result);
                        },
                        () -> result.put("found", false));
        return ToolOutput.of(result);
    }

    private static void conflicts(Verdict verdict, Map<String, Object> result) {
        if (!verdict.kept()) {
            result.put(
                    "conflicts",
                    Map.of(
                            "madeOf", List.copyOf(verdict.breached()),
                            "lacks", List.copyOf(verdict.missing()),
                            "note", "This product breaks what the customer told us; say so if you mention it."));
        }
    }
}
