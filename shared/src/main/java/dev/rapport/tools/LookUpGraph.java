package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.graph.Fact;
import dev.rapport.graph.GraphFinding;
import dev.rapport.graph.GraphLookup;
import dev.rapport.graph.GraphNames;
import dev.rapport.graph.GraphQuestion;
import dev.rapport.knowledge.Retrieved;
import dev.rapport.model.ToolSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code graph_lookup}: one hop of the product and service knowledge graph from the node the input
 * names. Its facts are the only ones the answer may state, each cited by its edge id. For
 * alternatives, a customer who told us they avoid animal products gets none made of one.
 */
final class LookUpGraph implements Tool {

    static final String NAME = "graph_lookup";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Look up the product and service knowledge graph: what a product is compatible with (chargers,"
                    + " phones), its accessories, alternatives, materials, the policies covering it, or"
                    + " troubleshooting steps for a problem. State only the facts returned, and cite each by its"
                    + " id in square brackets, e.g. [PH-AURORA-X1:compatible_with:CH-GAN-100].",
            """
            {"type":"object","properties":{\
            "entity":{"type":"string","description":"the product, accessory, material, policy or problem, by name"},\
            "relation":{"type":"string","enum":["compatible","accessories","alternatives","materials","policies",\
            "troubleshoot"]},\
            "without":{"type":"string","description":"a material alternatives must not be made of, or 'animal'"},\
            "problem":{"type":"string","description":"the customer's words about the fault, for troubleshoot"},\
            "tried":{"type":"integer","description":"how many fix steps the customer already tried"},\
            "context":{"type":"array","items":{"type":"string"},\
            "description":"earlier messages, newest first, for 'this phone'"}},\
            "required":["entity"]}\
            """);

    private static final Set<String> RELATIONS = Set.of(
            GraphQuestion.COMPATIBLE,
            GraphQuestion.ACCESSORIES,
            GraphQuestion.ALTERNATIVES,
            GraphQuestion.MATERIALS,
            GraphQuestion.POLICIES,
            GraphQuestion.TROUBLESHOOT);

    private final GraphLookup graph;
    private final Supplier<GraphNames> names;

    LookUpGraph(GraphLookup graph, Supplier<GraphNames> names) {
        this.graph = graph;
        this.names = names;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    /** A question naming a node of the graph and one of its relations: the graph, not a canned FAQ, answers it. */
    @Override
    public boolean answers(String message) {
        return GraphQuestion.relation(message).isPresent()
                && names.get().find(message, GraphNames.SUBJECTS).isPresent();
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        String entity = Inputs.text(input, "entity");
        if (entity == null) {
            return ToolOutput.invalid("'entity' is required");
        }
        String relation = Inputs.text(input, "relation");
        if (relation != null && !RELATIONS.contains(relation)) {
            return ToolOutput.invalid("'relation' must be one of " + String.join(", ", RELATIONS));
        }
        entity = named(entity, input.path("context"), context.memories());
        String without = Inputs.text(input, "without");
        boolean remembered = without == null
                && GraphQuestion.ALTERNATIVES.equals(
                        relation != null
                                ? relation
                                : GraphQuestion.relation(entity).orElse(""))
                && context.memories().stream().anyMatch(GraphQuestion::avoidsAnimalProducts);
        if (remembered) {
            without = GraphQuestion.ANIMAL;
        }
        var tried = Inputs.decimal(input, "tried");
        Optional<GraphFinding> found;
        try {
            found = graph.lookup(
                    entity, relation, without, Inputs.text(input, "problem"), tried == null ? 0 : tried.intValue());
        } catch (RuntimeException e) {
            // Said to the model as unavailable, like a catalog search that fails: the turn still answers.
            return ToolOutput.of(Map.of("found", false, "unavailable", true));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("found", found.isPresent());
        if (found.isEmpty()) {
            return ToolOutput.of(result);
        }
        GraphFinding finding = found.get();
        result.put("entity", finding.entity());
        result.put("relation", finding.relation());
        result.put("facts", finding.facts().stream().map(LookUpGraph::view).toList());
        if (!finding.without().isEmpty()) {
            result.put("without", finding.without());
            result.put("withoutFromMemory", remembered);
        }
        if (finding.more() > 0) {
            result.put("more", finding.more());
        }
        if (finding.next() != null) {
            result.put("next", finding.next());
        }
        if (finding.exhausted()) {
            result.put("exhausted", true);
        }
        return ToolOutput.citing(
                result, finding.facts().stream().map(LookUpGraph::source).toList(), finding.exhausted());
    }

    /**
     * The entity words as given when they name a node; else prefixed by the first earlier message or
     * remembered statement that does ("这个手机" after "我买了极光 X1"), so the look-up finds it.
     */
    private String named(String entity, JsonNode earlier, List<String> memories) {
        GraphNames index = names.get();
        if (index.find(entity, GraphNames.SUBJECTS).isPresent()) {
            return entity;
        }
        List<String> candidates = new ArrayList<>();
        earlier.forEach(m -> candidates.add(m.asText("")));
        candidates.addAll(memories);
        return candidates.stream()
                .filter(c -> index.find(c, GraphNames.SUBJECTS).isPresent())
                .findFirst()
                .map(c -> c + " " + entity)
                .orElse(entity);
    }

    private static Map<String, Object> view(Fact fact) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", fact.id());
        view.put("from", fact.from());
        view.put("kind", fact.edge().kind());
        view.put("to", fact.to());
        if (fact.edge().noteEn() != null) {
            view.put("noteZh", fact.edge().noteZh());
            view.put("noteEn", fact.edge().noteEn());
        }
        if (!fact.edge().attributes().isEmpty()) {
            view.put("attributes", fact.edge().attributes());
        }
        return view;
    }

    /** The fact as a citation: its two ends and its kind, in English and Chinese. */
    private static Retrieved source(Fact fact) {
        String title = fact.from().nameEn() + " " + fact.edge().kind() + " "
                + fact.to().nameEn();
        String text = fact.from().nameZh() + " → " + fact.to().nameZh()
                + (fact.edge().noteEn() == null ? "" : ": " + fact.edge().noteEn());
        return new Retrieved(fact.id(), Retrieved.GRAPH, title, text, null, 1.0, 1.0, 0.0);
    }
}
