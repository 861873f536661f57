package dev.rapport.storage.dynamodb;

import dev.rapport.catalog.Catalog;
import dev.rapport.catalog.CatalogSearch;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;

/**
 * The catalog table, read whole (on first use, not at init) and held for {@code refresh}: a turn
 * that looks up products costs no round trip while the copy is fresh, and an admin's change shows
 * within that time. For a catalog too large to copy into every function, {@link DynamoDbIndexedCatalog}.
 */
public final class DynamoDbCatalog implements Catalog {

    private final Supplier<DynamoDbTable<ProductItem>> table;
    private final Duration refresh;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(List<Product> products, Instant readAt) {}

    public DynamoDbCatalog(DynamoDbEnhancedClient client, String tableName, Duration refresh, Clock clock) {
        this.table = new OnFirstUse<>(() -> client.table(tableName, ProductItem.SCHEMA));
        this.refresh = refresh;
        this.clock = clock;
    }

    @Override
    public Optional<Product> product(String sku) {
        return products().stream().filter(p -> p.sku().equalsIgnoreCase(sku)).findFirst();
    }

    @Override
    public List<Product> search(ProductQuery query, int limit) {
        return CatalogSearch.search(products(), query, limit);
    }

    @Override
    public boolean put(Product product) {
        boolean created = ProductWrites.put(table.get(), product);
        snapshot = null;
        return created;
    }

    private List<Product> products() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(refresh).isBefore(now)) {
            List<Product> all = table.get().scan().items().stream()
                    .map(ProductItem::product)
                    .sorted(Comparator.comparing(Product::sku))
                    .toList();
            current = new Snapshot(all, now);
            snapshot = current;
        }
        return current.products();
    }
}
