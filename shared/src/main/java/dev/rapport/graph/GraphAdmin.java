package dev.rapport.graph;

import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Support admins' upkeep of the graph: nodes and edges upserted and deleted one at a time, each
 * change one transaction, so an edge never points at a node that is not there.
 */
public final class GraphAdmin {

    private final GraphStore store;

    public GraphAdmin(GraphStore store) {
        this.store = store;
    }

    /** A node with the edges leaving it and those arriving at it: two Queries. */
    public Map<String, Object> node(Caller caller, String id) {
        requireAdmin(caller);
        Neighbourhood out = store.outgoing(id).orElseThrow(() -> missing(id));
        List<Hop> in = store.incoming(id).map(Neighbourhood::hops).orElse(List.of());
        return Map.of("node", out.node(), "outgoing", views(out.hops()), "incoming", views(in));
    }

    public GraphNode putNode(Caller caller, GraphNode node) {
        requireAdmin(caller);
        store.node(node.id())
                .filter(stored -> !stored.kind().equals(node.kind()))
                .ifPresent(stored -> {
                    throw ProblemException.conflict(
                            "kind-change",
                            "'" + node.id() + "' is a " + stored.kind() + "; delete it to make it a " + node.kind()
                                    + ".");
                });
        store.putNode(node);
        return node;
    }

    public void deleteNode(Caller caller, String id) {
        requireAdmin(caller);
        try {
            if (!store.deleteNode(id)) {
                throw missing(id);
            }
        } catch (GraphStore.TooConnectedException e) {
            throw ProblemException.conflict(
                    "too-connected", "'" + id + "' has too many edges to delete at once; delete some of them first.");
        }
    }

    /** The edge as stored, with its id; a missing end or a kind the ends do not allow changes nothing. */
    public Map<String, Object> putEdge(Caller caller, GraphEdge edge) {
        requireAdmin(caller);
        GraphNode from = store.node(edge.from()).orElseThrow(() -> dangling(edge, edge.from()));
        GraphNode to = store.node(edge.to()).orElseThrow(() -> dangling(edge, edge.to()));
        check(edge, from, to);
        try {
            store.putEdge(edge, from, to);
        } catch (GraphStore.DanglingEdgeException e) {
            throw ProblemException.unprocessable(
                    "dangling-edge", "An end of " + edge.id() + " was deleted meanwhile; nothing was written.");
        }
        return view(new Hop(edge, to.end(), true));
    }

    public void deleteEdge(Caller caller, String from, String kind, String to) {
        requireAdmin(caller);
        if (!store.deleteEdge(from, kind, to)) {
            throw ProblemException.notFound("There is no edge " + GraphEdge.id(from, kind, to) + ".");
        }
    }

    /**
     * Checks a whole import (every edge's ends in the file or the store, every kind allowed) before
     * writing any of it; returns how many nodes and edges were written.
     */
    public int[] importAll(List<GraphNode> nodes, List<GraphEdge> edges) {
        Map<String, GraphNode> known = new HashMap<>();
        nodes.forEach(n -> known.put(n.id(), n));
        for (GraphEdge edge : edges) {
            GraphNode from =
                    known.computeIfAbsent(edge.from(), id -> store.node(id).orElse(null));
            GraphNode to = known.computeIfAbsent(edge.to(), id -> store.node(id).orElse(null));
            if (from == null || to == null) {
                throw dangling(edge, from == null ? edge.from() : edge.to());
            }
            check(edge, from, to);
        }
        store.importAll(nodes, edges);
        return new int[] {nodes.size(), edges.size()};
    }

    static void check(GraphEdge edge, GraphNode from, GraphNode to) {
        if (!EdgeRules.allows(edge.kind(), from.kind(), to.kind())) {
            throw ProblemException.unprocessable(
                    "edge-kinds",
                    "A " + edge.kind() + " edge cannot join a " + from.kind() + " to a " + to.kind() + ".");
        }
    }

    private static List<Map<String, Object>> views(List<Hop> hops) {
        return hops.stream().map(GraphAdmin::view).toList();
    }

    private static Map<String, Object> view(Hop hop) {
        return Map.of("id", hop.edge().id(), "edge", hop.edge(), "other", hop.other());
    }

    private static ProblemException dangling(GraphEdge edge, String missing) {
        return ProblemException.unprocessable(
                "dangling-edge", "Edge " + edge.id() + " names '" + missing + "', which is not in the graph.");
    }

    private static ProblemException missing(String id) {
        return ProblemException.notFound("There is no node '" + id + "'.");
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins may change the knowledge graph.");
        }
    }
}
