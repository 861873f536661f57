package dev.rapport.storage.dynamodb;

import dev.rapport.catalog.Catalog;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductIndex;
import dev.rapport.catalog.ProductQuery;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;

/**
 * The catalog of a business too large to copy into every function: a search asks the managed
 * {@link ProductIndex} for SKUs, then reads those products from the table in one
 * {@code BatchGetItem}, so the price, stock and regional figures shown are the table's current ones,
 * not the indexed text's. A SKU the table no longer holds (deleted since the last sync) is not
 * offered. Nothing is read at init and nothing is scanned.
 */
public final class DynamoDbIndexedCatalog implements Catalog {

    /** The index is asked for more than the caller wants: colour and size are checked only here. */
    private static final int HEADROOM = 3;
    /** Retrieve's own ceiling on results, and BatchGetItem's on keys, are both 100. */
    private static final int MAX_CANDIDATES = 50;

    private final DynamoDbEnhancedClient client;
    private final Supplier<DynamoDbTable<ProductItem>> table;
    private final ProductIndex index;

    public DynamoDbIndexedCatalog(DynamoDbEnhancedClient client, String tableName, ProductIndex index) {
        this.client = Objects.requireNonNull(client, "client");
        Objects.requireNonNull(tableName, "tableName");
        this.table = new OnFirstUse<>(() -> client.table(tableName, ProductItem.SCHEMA));
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public Optional<Product> product(String sku) {
        ProductItem item = table.get().getItem(key(sku));
        return Optional.ofNullable(item).map(ProductItem::product);
    }

    @Override
    public List<Product> search(ProductQuery query, int limit) {
        LinkedHashSet<String> skus = new LinkedHashSet<>(index.skus(query, Math.min(limit * HEADROOM, MAX_CANDIDATES)));
        if (skus.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<String, Product> current = read(skus);
        return skus.stream()
                .map(current::get)
                .filter(Objects::nonNull)
                .filter(query::matches)
                .limit(limit)
                .toList();
    }

    @Override
    public boolean put(Product product) {
        return ProductWrites.put(table.get(), product);
    }

    /** The products the table holds among these SKUs; the SDK resubmits keys DynamoDB left unprocessed. */
    private Map<String, Product> read(LinkedHashSet<String> skus) {
        ReadBatch.Builder<ProductItem> batch =
                ReadBatch.builder(ProductItem.class).mappedTableResource(table.get());
        skus.forEach(sku -> batch.addGetItem(key(sku)));
        Map<String, Product> products = new HashMap<>();
        for (BatchGetResultPage page : client.batchGetItem(BatchGetItemEnhancedRequest.builder()
                .addReadBatch(batch.build())
                .build())) {
            for (ProductItem item : page.resultsForTable(table.get())) {
                products.put(item.sku(), item.product());
            }
        }
        return products;
    }

    private static Key key(String sku) {
        return Key.builder().partitionValue(sku).build();
    }
}
