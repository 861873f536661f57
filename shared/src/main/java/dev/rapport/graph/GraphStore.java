package dev.rapport.graph;

import java.util.List;
import java.util.Optional;

/**
 * Where the graph lives: one item per node and one per edge (the adjacency-list pattern), with an
 * inverted index for the edges arriving at a node.
 */
public interface GraphStore {

    /** The node with the edges leaving it (symmetric ones both ways): one Query; empty when no such node. */
    Optional<Neighbourhood> outgoing(String id);

    /** The node with the directed edges arriving at it: one Query of the inverted index. */
    Optional<Neighbourhood> incoming(String id);

    Optional<GraphNode> node(String id);

    /** Every node without its edges, for the name index: read at start and on refresh, never per turn. */
    List<GraphNode> nodes();

    /** Creates or replaces a node, and the copies of its names its edges keep. */
    void putNode(GraphNode node);

    /**
     * Creates or replaces an edge, in one transaction that checks both ends still exist.
     *
     * @throws DanglingEdgeException when an end is missing, having written nothing
     */
    void putEdge(GraphEdge edge, GraphNode from, GraphNode to);

    /** Returns whether there was such an edge. */
    boolean deleteEdge(String from, String kind, String to);

    /**
     * Deletes a node with every edge at it, in one transaction.
     *
     * @return whether there was such a node
     * @throws TooConnectedException when it has more edges than one transaction can delete
     */
    boolean deleteNode(String id);

    /** Writes many nodes, then many edges whose ends the caller checked, in batches: bulk import only. */
    void importAll(List<GraphNode> nodes, List<GraphEdge> edges);

    /** An edge whose end is not in the graph. */
    final class DanglingEdgeException extends RuntimeException {
        public DanglingEdgeException(String edgeId) {
            super("an end of " + edgeId + " is not in the graph");
        }
    }

    /** A node with too many edges to delete with them atomically. */
    final class TooConnectedException extends RuntimeException {
        public TooConnectedException(String id, int edges) {
            super(id + " has " + edges + " edges");
        }
    }
}
