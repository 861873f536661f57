package dev.rapport.graph;

/** One edge an answer rests on, with both ends named: what a reply may state, and cite by {@link #id()}. */
public record Fact(GraphEdge edge, GraphNode.End from, GraphNode.End to) {

    public String id() {
        return edge.id();
    }

    /** The fact read at {@code at}: a symmetric edge read at its far end keeps its stored direction. */
    static Fact of(GraphNode.End at, Hop hop) {
        return hop.edge().from().equals(at.id())
                ? new Fact(hop.edge(), at, hop.other())
                : new Fact(hop.edge(), hop.other(), at);
    }

    /** The end that is not {@code id}. */
    public GraphNode.End other(String id) {
        return from.id().equals(id) ? to : from;
    }
}
