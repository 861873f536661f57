package dev.rapport.storage.dynamodb;

import dev.rapport.graph.GraphEdge;
import dev.rapport.graph.GraphNode;
import dev.rapport.graph.GraphStore;
import dev.rapport.graph.Hop;
import dev.rapport.graph.Neighbourhood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The graph table ({@link GraphItem}): reads are one Query each, every change one transaction. */
public final class DynamoDbGraphStore implements GraphStore {

    /** DynamoDB's limit of items in one transaction. */
    static final int TRANSACTION_ITEMS = 100;

    private static final int BATCH = 25;

    private final DynamoDbEnhancedClient client;
    private final DynamoDbTable<GraphItem> table;
    private final DynamoDbIndex<GraphItem> incoming;

    public DynamoDbGraphStore(DynamoDbEnhancedClient client, String tableName) {
        this.client = client;
        this.table = client.table(tableName, GraphItem.SCHEMA);
        this.incoming = table.index(GraphItem.INCOMING);
    }

    @Override
    public Optional<Neighbourhood> outgoing(String id) {
        List<GraphItem> items = new ArrayList<>();
        table.query(QueryConditional.keyEqualTo(k -> k.partitionValue(id)))
                .items()
                .forEach(items::add);
        return neighbourhood(id, items, true);
    }

    @Override
    public Optional<Neighbourhood> incoming(String id) {
        List<GraphItem> items = new ArrayList<>();
        incoming.query(QueryConditional.keyEqualTo(k -> k.partitionValue(id)))
                .forEach(page -> items.addAll(page.items()));
        return neighbourhood(id, items, false);
    }

    private static Optional<Neighbourhood> neighbourhood(String id, List<GraphItem> items, boolean outgoing) {
        GraphNode node = null;
        List<Hop> hops = new ArrayList<>();
        for (GraphItem item : items) {
            if (item.isNode()) {
                node = item.asNode();
            } else {
                GraphItem.EdgeBody body = item.asEdge();
                boolean leaves = body.edge().from().equals(id);
                hops.add(new Hop(body.edge(), leaves ? body.to() : body.from(), outgoing));
            }
        }
        return node == null ? Optional.empty() : Optional.of(new Neighbourhood(node, hops));
    }

    @Override
    public Optional<GraphNode> node(String id) {
        return Optional.ofNullable(table.getItem(nodeKey(id))).map(GraphItem::asNode);
    }

    @Override
    public List<GraphNode> nodes() {
        List<GraphNode> nodes = new ArrayList<>();
        table.scan(r -> r.filterExpression(Expression.builder()
                        .expression("sk = :node")
                        .putExpressionValue(":node", AttributeValue.fromS(GraphItem.NODE))
                        .build()))
                .items()
                .forEach(item -> nodes.add(item.asNode()));
        return nodes;
    }

    /** The node and its edges' copies of its names, in as few transactions as they need. */
    @Override
    public void putNode(GraphNode node) {
        List<GraphItem> items = new ArrayList<>();
        items.add(GraphItem.node(node));
        for (GraphItem.EdgeBody body : edgesAt(node.id()).values()) {
            GraphNode.End from = body.from().id().equals(node.id()) ? node.end() : body.from();
            GraphNode.End to = body.to().id().equals(node.id()) ? node.end() : body.to();
            items.addAll(itemsOf(new GraphItem.EdgeBody(body.edge(), from, to)));
        }
        for (int start = 0; start < items.size(); start += TRANSACTION_ITEMS) {
            TransactWriteItemsEnhancedRequest.Builder request = TransactWriteItemsEnhancedRequest.builder();
            items.subList(start, Math.min(items.size(), start + TRANSACTION_ITEMS))
                    .forEach(item -> request.addPutItem(table, item));
            client.transactWriteItems(request.build());
        }
    }

    @Override
    public void putEdge(GraphEdge edge, GraphNode from, GraphNode to) {
        TransactWriteItemsEnhancedRequest.Builder request = TransactWriteItemsEnhancedRequest.builder();
        for (String end : List.of(edge.from(), edge.to())) {
            request.addConditionCheck(
                    table,
                    ConditionCheck.builder()
                            .key(nodeKey(end))
                            .conditionExpression(Expression.builder()
                                    .expression("attribute_exists(pk)")
                                    .build())
                            .build());
        }
        itemsOf(new GraphItem.EdgeBody(edge, from.end(), to.end())).forEach(item -> request.addPutItem(table, item));
        try {
            client.transactWriteItems(request.build());
        } catch (TransactionCanceledException e) {
            throw new DanglingEdgeException(edge.id());
        }
    }

    @Override
    public boolean deleteEdge(String from, String kind, String to) {
        Key key = Key.builder()
                .partitionValue(from)
                .sortValue(GraphItem.sortKey(kind, to))
                .build();
        GraphItem stored = table.getItem(r -> r.key(key).consistentRead(true));
        if (stored == null) {
            return false;
        }
        TransactWriteItemsEnhancedRequest.Builder request = TransactWriteItemsEnhancedRequest.builder();
        itemsOf(stored.asEdge()).forEach(item -> request.addDeleteItem(table, keyOf(item)));
        client.transactWriteItems(request.build());
        return true;
    }

    @Override
    public boolean deleteNode(String id) {
        if (node(id).isEmpty()) {
            return false;
        }
        List<Key> keys = new ArrayList<>();
        keys.add(nodeKey(id));
        edgesAt(id).values().forEach(body -> itemsOf(body).forEach(item -> keys.add(keyOf(item))));
        if (keys.size() > TRANSACTION_ITEMS) {
            throw new TooConnectedException(id, keys.size() - 1);
        }
        TransactWriteItemsEnhancedRequest.Builder request = TransactWriteItemsEnhancedRequest.builder();
        keys.forEach(key -> request.addDeleteItem(table, key));
        client.transactWriteItems(request.build());
        return true;
    }

    @Override
    public void importAll(List<GraphNode> nodes, List<GraphEdge> edges) {
        Map<String, GraphNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<GraphItem> items =
                new ArrayList<>(nodes.stream().map(GraphItem::node).toList());
        for (GraphEdge edge : edges) {
            GraphNode from = byId.computeIfAbsent(edge.from(), id -> node(id).orElseThrow());
            GraphNode to = byId.computeIfAbsent(edge.to(), id -> node(id).orElseThrow());
            items.addAll(itemsOf(new GraphItem.EdgeBody(edge, from.end(), to.end())));
        }
        for (int start = 0; start < items.size(); start += BATCH) {
            WriteBatch.Builder<GraphItem> batch =
                    WriteBatch.builder(GraphItem.class).mappedTableResource(table);
            items.subList(start, Math.min(items.size(), start + BATCH)).forEach(batch::addPutItem);
            var result = client.batchWriteItem(BatchWriteItemEnhancedRequest.builder()
                    .addWriteBatch(batch.build())
                    .build());
            result.unprocessedPutItemsForTable(table).forEach(table::putItem);
        }
    }

    /** Every edge with this node at an end, by edge id: its own partition, then the inverted index. */
    private Map<String, GraphItem.EdgeBody> edgesAt(String id) {
        Map<String, GraphItem.EdgeBody> edges = new LinkedHashMap<>();
        table.query(QueryConditional.sortBeginsWith(k -> k.partitionValue(id).sortValue(GraphItem.EDGE)))
                .items()
                .forEach(item -> edges.putIfAbsent(item.asEdge().edge().id(), item.asEdge()));
        incoming.query(QueryConditional.keyEqualTo(k -> k.partitionValue(id)))
                .forEach(page -> page.items().stream()
                        .filter(item -> !item.isNode())
                        .forEach(item -> edges.putIfAbsent(item.asEdge().edge().id(), item.asEdge())));
        return edges;
    }

    private static List<GraphItem> itemsOf(GraphItem.EdgeBody body) {
        return body.edge().symmetric()
                ? List.of(GraphItem.edge(body), GraphItem.mirror(body))
                : List.of(GraphItem.edge(body));
    }

    private static Key nodeKey(String id) {
        return Key.builder().partitionValue(id).sortValue(GraphItem.NODE).build();
    }

    private static Key keyOf(GraphItem item) {
        return Key.builder().partitionValue(item.pk()).sortValue(item.sk()).build();
    }
}
