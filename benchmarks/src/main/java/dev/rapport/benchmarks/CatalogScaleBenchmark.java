package dev.rapport.benchmarks;

import dev.rapport.catalog.ProductQuery;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.testing.TestDynamoDb;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The in-memory catalog at 1,000, 10,000 and 100,000 products: how long the chat function takes to
 * load it (at start and on every refresh), the heap it holds, and what a search costs a turn —
 * the figures that say when a business should move its catalog to a managed search path.
 */
final class CatalogScaleBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int SEARCHES = 200;

    record Row(int products, double loadSeconds, double heapMb, double searchP50Ms, double searchP99Ms) {}

    private CatalogScaleBenchmark() {}

    static String run(TestDynamoDb dynamo) {
        List<Row> rows = new ArrayList<>();
        for (int size : SIZES) {
            rows.add(measure(dynamo, size));
        }
        StringBuilder md =
                new StringBuilder("| products | load (start and each refresh) | heap held | search p50 | search p99 |\n"
                        + "|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(String.format(
                Locale.ROOT,
                "| %,d | %.2f s | %.0f MB | %.2f ms | %.2f ms |%n",
                r.products(),
                r.loadSeconds(),
                r.heapMb(),
                r.searchP50Ms(),
                r.searchP99Ms())));
        return md.toString();
    }

    private static Row measure(TestDynamoDb dynamo, int size) {
        String table = dynamo.createProductsTable();
        try (DynamoDbClient client = dynamo.client()) {
            seed(client, table, size);
        }
        long before = usedHeap();
        DynamoDbCatalog catalog =
                new DynamoDbCatalog(dynamo.enhanced(), table, Duration.ofMinutes(5), Clock.systemUTC());
        long start = System.nanoTime();
        catalog.product("SKU-0");
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        double heapMb = (usedHeap() - before) / 1e6;
        double[] millis = new double[SEARCHES];
        for (int i = 0; i < SEARCHES; i++) {
            long t = System.nanoTime();
            catalog.search(new ProductQuery(i % 2 == 0 ? "green tea" : "绿茶", null, null, null, null, null), 5);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return new Row(size, loadSeconds, heapMb, millis[SEARCHES / 2], millis[SEARCHES * 99 / 100]);
    }

    private static void seed(DynamoDbClient client, String table, int size) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder()
                            .item(Map.of(
                                    "sku",
                                    s("SKU-" + i),
                                    "nameZh",
                                    s("绿茶礼盒 " + i),
                                    "nameEn",
                                    s("Green tea gift box " + i),
                                    "category",
                                    s(i % 3 == 0 ? "tea" : "teaware"),
                                    "colours",
                                    AttributeValue.fromL(List.of(s("green"), s("white"))),
                                    "sizes",
                                    AttributeValue.fromL(List.of(s("S"), s("M"))),
                                    "price",
                                    s(BigDecimal.valueOf(30 + i % 200).toPlainString()),
                                    "currency",
                                    s("CNY"),
                                    "specs",
                                    AttributeValue.fromM(Map.of("origin", s("Hangzhou"))),
                                    "stock",
                                    AttributeValue.fromN(Integer.toString(i % 50))))
                            .build())
                    .build());
            if (batch.size() == 25 || i == size - 1) {
                Map<String, List<WriteRequest>> pending = Map.of(table, batch);
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> request = pending;
                    pending =
                            client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
                }
                batch = new ArrayList<>();
            }
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
