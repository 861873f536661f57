package dev.rapport.local.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductInput;
import dev.rapport.catalog.ProductQuery;
import dev.rapport.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo store's products as a product data source would sync them: one document each, with
 * {@code sku}, {@code kind}, {@code category} and {@code price} metadata, ranked by the words they
 * share with the query and narrowed by the request's metadata filters.
 */
final class LocalProducts {

    private final List<Product> products;

    private LocalProducts(List<Product> products) {
        this.products = products;
    }

    static LocalProducts read(Path demoStore) {
        Path file = demoStore.resolve("products.jsonl");
        if (!Files.isRegularFile(file)) {
            return new LocalProducts(List.of());
        }
        List<Product> products = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode node = Json.MAPPER.readTree(line);
                    products.add(ProductInput.read(node.path("sku").asText(null), node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalProducts(List.copyOf(products));
    }

    List<ObjectNode> search(String text, Filters filters, int limit) {
        ProductQuery words = new ProductQuery(text, null, null, null, null, null);
        record Scored(Product product, int score) {}
        return products.stream()
                .filter(p -> filters.category() == null || filters.category().equals(p.category()))
                .filter(p -> filters.minPrice() == null || p.price().compareTo(filters.minPrice()) >= 0)
                .filter(p -> filters.maxPrice() == null || p.price().compareTo(filters.maxPrice()) <= 0)
                .map(p -> new Scored(p, words.score(p)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.product().sku()))
                .limit(limit)
                .map(s -> result(s.product(), Math.min(1.0, 0.5 + 0.1 * s.score())))
                .toList();
    }

    private static ObjectNode result(Product product, double score) {
        String uri = "s3://rapport-local-knowledge-base/products/" + product.sku() + ".txt";
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.putObject("content")
                .put("type", "TEXT")
                .put("text", product.nameEn() + " / " + product.nameZh() + " (" + product.category() + ")");
        result.putObject("location").put("type", "S3").putObject("s3Location").put("uri", uri);
        result.put("score", score);
        result.putObject("metadata")
                .put("sku", product.sku())
                .put("kind", "product")
                .put("category", product.category())
                .put("price", product.price())
                .put("x-amz-bedrock-kb-source-uri", uri);
        return result;
    }

    /** What a Retrieve filter asks, from a single condition or an {@code andAll} of them. */
    record Filters(String kind, String category, BigDecimal minPrice, BigDecimal maxPrice) {

        static Filters of(JsonNode filter) {
            List<JsonNode> conditions = new ArrayList<>();
            if (filter.has("andAll")) {
                filter.path("andAll").forEach(conditions::add);
            } else if (!filter.isMissingNode()) {
                conditions.add(filter);
            }
            String kind = null;
            String category = null;
            BigDecimal min = null;
            BigDecimal max = null;
            for (JsonNode condition : conditions) {
                JsonNode equals = condition.path("equals");
                if ("kind".equals(equals.path("key").asText())) {
                    kind = equals.path("value").asText();
                } else if ("category".equals(equals.path("key").asText())) {
                    category = equals.path("value").asText();
                }
                if ("price"
                        .equals(condition
                                .path("greaterThanOrEquals")
                                .path("key")
                                .asText())) {
                    min = condition.path("greaterThanOrEquals").path("value").decimalValue();
                }
                if ("price"
                        .equals(condition.path("lessThanOrEquals").path("key").asText())) {
                    max = condition.path("lessThanOrEquals").path("value").decimalValue();
                }
            }
            return new Filters(kind, category, min, max);
        }
    }
}
