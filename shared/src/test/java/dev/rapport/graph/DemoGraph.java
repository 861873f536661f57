package dev.rapport.graph;

import dev.rapport.storage.dynamodb.DynamoDbGraphStore;
import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The demo store's graph ({@code demo-store/graph.jsonl}) in a fresh table of the embedded DynamoDB. */
public record DemoGraph(GraphFile file, DynamoDbGraphStore store, CachedNames names, GraphLookup lookup) {

    public static final Path FILE = Path.of("../demo-store/graph.jsonl");

    public static DemoGraph create(TestDynamoDb dynamo) {
        try {
            GraphFile file = GraphFile.parse(Files.readAllLines(FILE));
            DynamoDbGraphStore store = new DynamoDbGraphStore(dynamo.enhanced(), dynamo.createGraphTable());
            new GraphAdmin(store).importAll(file.nodes(), file.edges());
            CachedNames names = new CachedNames(store, Duration.ofMinutes(5), Clock.systemUTC());
            return new DemoGraph(file, store, names, new GraphLookup(store, names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every edge id the file holds: what an answer may cite. */
    public List<String> edgeIds() {
        return file.edges().stream().map(GraphEdge::id).toList();
    }
}
