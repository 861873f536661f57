package dev.rapport.graph;

import java.util.Comparator;
import java.util.List;

/** A node with the edges one Query read: those leaving it, or those arriving at it. */
public record Neighbourhood(GraphNode node, List<Hop> hops) {

    public Neighbourhood {
        hops = List.copyOf(hops);
    }

    /** The hops of one kind, ordered by the edge's {@code rank} or {@code step} where it has one. */
    public List<Hop> of(String kind) {
        return hops.stream()
                .filter(h -> h.edge().kind().equals(kind))
                .sorted(Comparator.comparingInt(Neighbourhood::order))
                .toList();
    }

    private static int order(Hop hop) {
        String value = hop.edge().attribute("rank").isEmpty()
                ? hop.edge().attribute("step")
                : hop.edge().attribute("rank");
        try {
            return value.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
