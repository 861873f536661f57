package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import dev.rapport.graph.GraphEdge;
import dev.rapport.graph.GraphNode;
import dev.rapport.json.Json;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * One item of the graph table, the adjacency list AWS documents: a node under {@code pk = id, sk =
 * N}, each edge under its source's partition at {@code sk = E#kind#to}. A directed edge also carries
 * {@code to} and {@code link} (kind#from), the keys of the sparse inverted index {@code incoming}; a
 * symmetric edge is stored at both ends instead and stays out of the index. Each edge keeps its two
 * ends' names so a node's neighbours are read, by name, in one Query. Mutable only for the mapper.
 */
final class GraphItem {

    static final String INCOMING = "incoming";
    static final String NODE = "N";
    static final String EDGE = "E#";

    static final TableSchema<GraphItem> SCHEMA = StaticTableSchema.builder(GraphItem.class)
            .newItemSupplier(GraphItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(GraphItem::pk)
                            .setter(GraphItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(GraphItem::sk)
                            .setter(GraphItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("to")
                            .getter(GraphItem::to)
                            .setter(GraphItem::to)
                            .tags(secondaryPartitionKey(INCOMING)))
            .addAttribute(
                    String.class,
                    a -> a.name("link")
                            .getter(GraphItem::link)
                            .setter(GraphItem::link)
                            .tags(secondarySortKey(INCOMING)))
            .addAttribute(
                    String.class, a -> a.name("body").getter(GraphItem::body).setter(GraphItem::body))
            .build();

    /** What an edge item holds: the edge and both ends as they were named when it was written. */
    record EdgeBody(GraphEdge edge, GraphNode.End from, GraphNode.End to) {}

    private String pk;
    private String sk;
    private String to;
    private String link;
    private String body;

    static GraphItem node(GraphNode node) {
        GraphItem item = new GraphItem();
        item.pk = node.id();
        item.sk = NODE;
        item.to = node.id();
        item.link = NODE;
        item.body = Json.write(node);
        return item;
    }

    /** The item under the edge's source; a symmetric edge's twin is {@link #mirror}. */
    static GraphItem edge(EdgeBody body) {
        GraphEdge edge = body.edge();
        GraphItem item = new GraphItem();
        item.pk = edge.from();
        item.sk = sortKey(edge.kind(), edge.to());
        if (!edge.symmetric()) {
            item.to = edge.to();
            item.link = edge.kind() + "#" + edge.from();
        }
        item.body = Json.write(body);
        return item;
    }

    static GraphItem mirror(EdgeBody body) {
        GraphItem item = new GraphItem();
        item.pk = body.edge().to();
        item.sk = sortKey(body.edge().kind(), body.edge().from());
        item.body = Json.write(body);
        return item;
    }

    static String sortKey(String kind, String other) {
        return EDGE + kind + "#" + other;
    }

    boolean isNode() {
        return NODE.equals(sk);
    }

    GraphNode asNode() {
        return Json.read(body, GraphNode.class);
    }

    EdgeBody asEdge() {
        return Json.read(body, EdgeBody.class);
    }

    String pk() {
        return pk;
    }

    void pk(String v) {
        pk = v;
    }

    String sk() {
        return sk;
    }

    void sk(String v) {
        sk = v;
    }

    String to() {
        return to;
    }

    void to(String v) {
        to = v;
    }

    String link() {
        return link;
    }

    void link(String v) {
        link = v;
    }

    String body() {
        return body;
    }

    void body(String v) {
        body = v;
    }
}
