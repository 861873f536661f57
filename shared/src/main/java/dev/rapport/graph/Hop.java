package dev.rapport.graph;

/**
 * One edge as read from a node: the edge, the node at its other end, and whether it leaves the
 * node read (a symmetric edge read at its far end counts as leaving it).
 */
public record Hop(GraphEdge edge, GraphNode.End other, boolean outgoing) {}
