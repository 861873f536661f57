package dev.rapport.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One hop (two or three for troubleshooting) from the node a question names: the facts of one
 * relation, read from the store, each an edge the graph holds. Every node read is one Query.
 */
public final class GraphLookup {

    public static final int MAX_FACTS = 12;

    private static final Set<String> GOODS = Set.of(GraphNode.PRODUCT, GraphNode.ACCESSORY);

    private final GraphStore store;
    private final Supplier<GraphNames> names;

    public GraphLookup(GraphStore store, Supplier<GraphNames> names) {
        this.store = store;
        this.names = names;
    }

    /**
     * @param entity the words naming the node: a name, an alias, an id, or a whole question
     * @param relation one of {@link GraphQuestion}'s relations; null reads it from {@code entity}
     * @param without a material (or {@link GraphQuestion#ANIMAL}) alternatives must not be made of
     * @param problem the customer's words about a fault, for troubleshooting
     * @param tried how many fix steps the customer already tried
     */
    public Optional<GraphFinding> lookup(String entity, String relation, String without, String problem, int tried) {
        String asked =
                relation != null ? relation : GraphQuestion.relation(entity).orElse("");
        if (asked.equals(GraphQuestion.TROUBLESHOOT)) {
            return troubleshoot(entity, problem == null ? entity : problem, Math.max(0, tried));
        }
        Optional<GraphNode> named = names.get().find(entity, GraphNames.SUBJECTS);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        GraphNode node = named.get();
        return switch (asked) {
            case GraphQuestion.COMPATIBLE -> read(node, true, GraphEdge.COMPATIBLE_WITH, asked);
            case GraphQuestion.ACCESSORIES -> accessories(node);
            case GraphQuestion.ALTERNATIVES -> alternatives(node, without);
            case GraphQuestion.MATERIALS ->
                read(node, !node.kind().equals(GraphNode.MATERIAL), GraphEdge.MADE_OF, asked);
            case GraphQuestion.POLICIES ->
                read(node, !node.kind().equals(GraphNode.POLICY), GraphEdge.COVERED_BY, asked);
            default -> store.outgoing(node.id()).map(n -> finding(n, n.hops(), "all", List.of()));
        };
    }

    private Optional<GraphFinding> read(GraphNode node, boolean outgoing, String kind, String relation) {
        Optional<Neighbourhood> read = outgoing ? store.outgoing(node.id()) : store.incoming(node.id());
        return read.map(n -> finding(n, ranked(n.of(kind)), relation, List.of()));
    }

    /** What fits this node; failing that, what this accessory fits (a second Query only then). */
    private Optional<GraphFinding> accessories(GraphNode node) {
        Optional<GraphFinding> fitting = read(node, false, GraphEdge.ACCESSORY_OF, GraphQuestion.ACCESSORIES);
        if (fitting.isPresent() && fitting.get().facts().isEmpty()) {
            return read(node, true, GraphEdge.ACCESSORY_OF, GraphQuestion.ACCESSORIES);
        }
        return fitting;
    }

    /**
     * The node's alternatives, leaving out those made of an excluded material: one Query for the node
     * and one per excluded material (its incoming made_of edges name what is made of it).
     */
    private Optional<GraphFinding> alternatives(GraphNode node, String without) {
        Optional<Neighbourhood> read = store.outgoing(node.id());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<GraphNode> excluded = without == null
                ? List.of()
                : without.equals(GraphQuestion.ANIMAL)
                        ? names.get().animalMaterials()
                        : names.get().materials(without);
        Set<String> madeOfExcluded = new HashSet<>();
        Set<String> excludedIds = new HashSet<>();
        for (GraphNode material : excluded) {
            excludedIds.add(material.id());
            store.incoming(material.id())
                    .ifPresent(m -> m.of(GraphEdge.MADE_OF)
                            .forEach(h -> madeOfExcluded.add(h.other().id())));
        }
        List<Hop> hops = new ArrayList<>();
        // Why the node itself needs an alternative: what it is made of that the customer avoids.
        read.get().of(GraphEdge.MADE_OF).stream()
                .filter(h -> excludedIds.contains(h.other().id()))
                .forEach(hops::add);
        read.get().of(GraphEdge.ALTERNATIVE_TO).stream()
                .filter(h -> !madeOfExcluded.contains(h.other().id()))
                .forEach(hops::add);
        return Optional.of(finding(
                read.get(),
                hops,
                GraphQuestion.ALTERNATIVES,
                excluded.stream().map(GraphNode::end).toList()));
    }

    /**
     * Symptom, likely causes in rank order, and the fix step to try now: the {@code tried}-th step
     * counting through each cause's steps in turn. The product (one Query) narrows the symptoms to
     * its own; the symptom and each cause walked are one Query each.
     */
    private Optional<GraphFinding> troubleshoot(String entity, String problem, int tried) {
        GraphNames index = names.get();
        Optional<GraphNode> product = index.find(entity, GOODS);
        Optional<Neighbourhood> goods = product.flatMap(p -> store.outgoing(p.id()));
        List<Fact> facts = new ArrayList<>();
        Optional<GraphNode> symptom = Optional.empty();
        if (goods.isPresent()) {
            List<Hop> own = goods.get().of(GraphEdge.HAS_SYMPTOM);
            List<GraphNode> candidates = index.symptoms().stream()
                    .filter(s -> own.stream().anyMatch(h -> h.other().id().equals(s.id())))
                    .toList();
            symptom = index.symptom(problem, candidates);
            symptom.ifPresent(s -> own.stream()
                    .filter(h -> h.other().id().equals(s.id()))
                    .forEach(h -> facts.add(Fact.of(goods.get().node().end(), h))));
        }
        if (symptom.isEmpty()) {
            symptom = index.symptom(problem, index.symptoms());
        }
        Optional<Neighbourhood> read = symptom.flatMap(s -> store.outgoing(s.id()));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        GraphNode.End at = read.get().node().end();
        List<Hop> causes = read.get().of(GraphEdge.CAUSED_BY);
        causes.forEach(h -> facts.add(Fact.of(at, h)));
        int step = 0;
        for (Hop cause : causes) {
            Optional<Neighbourhood> fixes = store.outgoing(cause.other().id());
            for (Hop fix : fixes.map(f -> f.of(GraphEdge.FIXED_BY)).orElse(List.of())) {
                if (step++ == tried) {
                    facts.add(Fact.of(cause.other(), fix));
                    return Optional.of(
                            new GraphFinding(at, GraphQuestion.TROUBLESHOOT, facts, List.of(), 0, fix.other(), false));
                }
            }
        }
        return Optional.of(new GraphFinding(at, GraphQuestion.TROUBLESHOOT, facts, List.of(), 0, null, true));
    }

    private static GraphFinding finding(
            Neighbourhood read, List<Hop> hops, String relation, List<GraphNode.End> without) {
        GraphNode.End at = read.node().end();
        List<Fact> facts =
                hops.stream().limit(MAX_FACTS).map(h -> Fact.of(at, h)).toList();
        return new GraphFinding(at, relation, facts, without, Math.max(0, hops.size() - MAX_FACTS), null, false);
    }

    /** A charger that reaches the phone's full speed first, then the rest as stored. */
    private static List<Hop> ranked(List<Hop> hops) {
        return hops.stream()
                .sorted(Comparator.comparingInt(
                        h -> h.edge().attribute("fullSpeed").isEmpty() ? 1 : 0))
                .toList();
    }
}
