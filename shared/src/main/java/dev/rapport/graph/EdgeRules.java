package dev.rapport.graph;

import java.util.Map;
import java.util.Set;

/** Which kinds of node each kind of edge may join, so the graph keeps meaning what its edges say. */
final class EdgeRules {

    private static final Set<String> GOODS = Set.of(GraphNode.PRODUCT, GraphNode.ACCESSORY);

    /** Per edge kind: the kinds allowed at its source and at its target. */
    private static final Map<String, Set<String>[]> ENDS = Map.of(
            GraphEdge.COMPATIBLE_WITH, ends(GOODS, GOODS),
            GraphEdge.ALTERNATIVE_TO, ends(GOODS, GOODS),
            GraphEdge.ACCESSORY_OF, ends(GOODS, GOODS),
            GraphEdge.MADE_OF, ends(GOODS, Set.of(GraphNode.MATERIAL)),
            GraphEdge.BELONGS_TO, ends(GOODS, Set.of(GraphNode.CATEGORY)),
            GraphEdge.COVERED_BY,
                    ends(Set.of(GraphNode.PRODUCT, GraphNode.ACCESSORY, GraphNode.CAUSE), Set.of(GraphNode.POLICY)),
            GraphEdge.HAS_SYMPTOM, ends(GOODS, Set.of(GraphNode.SYMPTOM)),
            GraphEdge.CAUSED_BY, ends(Set.of(GraphNode.SYMPTOM), Set.of(GraphNode.CAUSE)),
            GraphEdge.FIXED_BY, ends(Set.of(GraphNode.CAUSE), Set.of(GraphNode.FIX_STEP)));

    private EdgeRules() {}

    static boolean allows(String kind, String fromKind, String toKind) {
        Set<String>[] ends = ENDS.get(kind);
        return ends != null && ends[0].contains(fromKind) && ends[1].contains(toKind);
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] ends(Set<String> from, Set<String> to) {
        return new Set[] {from, to};
    }
}
