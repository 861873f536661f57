package dev.rapport.graph;

import java.util.List;

/**
 * What a look-up found: the node asked about, the relation, the facts an answer may state (nothing
 * else), and for troubleshooting the step to try now.
 *
 * @param without what was left out (material names), with the facts that say why
 * @param more how many further facts of the relation were not listed
 * @param next the fix step to try now, or null; {@code exhausted} once every step was tried
 */
public record GraphFinding(
        GraphNode.End entity,
        String relation,
        List<Fact> facts,
        List<GraphNode.End> without,
        int more,
        GraphNode.End next,
        boolean exhausted) {

    public GraphFinding {
        facts = List.copyOf(facts);
        without = List.copyOf(without);
    }
}
