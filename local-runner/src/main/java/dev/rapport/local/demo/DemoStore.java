package dev.rapport.local.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.ProductInput;
import dev.rapport.graph.GraphAdmin;
import dev.rapport.graph.GraphFile;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderStatus;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbGraphStore;
import dev.rapport.storage.dynamodb.DynamoDbOrderStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/**
 * The demo store of {@code demo-store/}: its products (validated as the admin API validates them),
 * its knowledge graph and the demo customers' orders, written into fresh local tables at start so the catalog and order
 * tools have something real to find.
 */
public final class DemoStore {

    public static final String PRODUCTS = "products.jsonl";
    public static final String ORDERS = "orders.jsonl";
    public static final String GRAPH = "graph.jsonl";

    private DemoStore() {}

    /** Returns how many products were loaded; a missing file loads nothing. */
    public static int loadProducts(Path dir, DynamoDbEnhancedClient client, String table) {
        DynamoDbCatalog catalog = new DynamoDbCatalog(client, table, Duration.ZERO, Clock.systemUTC());
        List<JsonNode> lines = lines(dir.resolve(PRODUCTS));
        lines.forEach(line -> catalog.put(ProductInput.read(line.path("sku").asText(null), line)));
        return lines.size();
    }

    /**
     * Returns how many edges were loaded: the demo graph, checked whole as the admin routes check each
     * node and edge, then written in batches. A missing file loads nothing.
     */
    public static int loadGraph(Path dir, DynamoDbEnhancedClient client, String table) {
        Path file = dir.resolve(GRAPH);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            GraphFile graph = GraphFile.parse(Files.readAllLines(file));
            return new GraphAdmin(new DynamoDbGraphStore(client, table)).importAll(graph.nodes(), graph.edges())[1];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns how many orders were loaded; each belongs to the local user named by {@code customer}. */
    public static int loadOrders(Path dir, DynamoDbEnhancedClient client, String table) {
        DynamoDbOrderStore orders = new DynamoDbOrderStore(client, table);
        List<JsonNode> lines = lines(dir.resolve(ORDERS));
        for (JsonNode line : lines) {
            List<Order.Line> items = new ArrayList<>();
            line.path("items")
                    .forEach(i -> items.add(new Order.Line(
                            i.path("sku").asText(),
                            i.path("name").asText(),
                            i.path("quantity").asInt(1),
                            new BigDecimal(i.path("price").asText()))));
            Order order = new Order(
                    line.path("orderId").asText(),
                    OrderStatus.fromWire(line.path("status").asText()),
                    items,
                    line.path("deliveryAddress").asText(null),
                    line.path("deliverySlot").asText(null),
                    Instant.parse(line.path("placedAt").asText()));
            String customer = Owner.of(new Caller(line.path("customer").asText(), Set.of()), null)
                    .customerHash();
            orders.put(customer, order);
        }
        return lines.size();
    }

    private static List<JsonNode> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<JsonNode> nodes = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file)) {
                number++;
                if (!line.isBlank()) {
                    nodes.add(parse(file, number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    private static JsonNode parse(Path file, int number, String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file.getFileName() + " line " + number + " is not JSON", e);
        }
    }
}
