package dev.rapport.tools;

import dev.rapport.catalog.Catalog;
import dev.rapport.graph.GraphLookup;
import dev.rapport.graph.GraphNames;
import dev.rapport.model.ToolSpec;
import dev.rapport.orders.OrderChange;
import dev.rapport.orders.OrderStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The tools a chat turn offers the model, by name. */
public final class Toolbox {

    private final Map<String, Tool> tools = new LinkedHashMap<>();

    private Toolbox(List<Tool> tools) {
        tools.forEach(t -> this.tools.put(t.spec().name(), t));
    }

    /**
     * Catalog look-ups, order status, recommendations, the three order changes that need a yes, and the care
     * specialist's request for a person.
     */
    public static Toolbox of(Catalog catalog, OrderStore orders) {
        return new Toolbox(tools(catalog, orders));
    }

    /** The same tools and {@code graph_lookup} over the knowledge graph. */
    public static Toolbox of(Catalog catalog, OrderStore orders, GraphLookup graph, Supplier<GraphNames> names) {
        List<Tool> tools = new ArrayList<>(tools(catalog, orders));
        tools.add(new LookUpGraph(graph, names));
        return new Toolbox(tools);
    }

    private static List<Tool> tools(Catalog catalog, OrderStore orders) {
        return List.of(
                new SearchProducts(catalog),
                new GetProduct(catalog),
                new GetOrderStatus(orders),
                new Recommend(catalog, orders),
                new ProposeOrderChange(OrderChange.Kind.CANCEL, orders),
                new ProposeOrderChange(OrderChange.Kind.CHANGE_ADDRESS, orders),
                new ProposeOrderChange(OrderChange.Kind.REBOOK, orders),
                new HandOff());
    }

    /** These tools and {@code more} (the account's), by name; a name already here is kept. */
    public Toolbox with(List<Tool> more) {
        List<Tool> all = new ArrayList<>(tools.values());
        more.stream().filter(t -> !tools.containsKey(t.spec().name())).forEach(all::add);
        return new Toolbox(all);
    }

    /** Whether one of the tools, not a canned answer, should answer the message. */
    boolean answers(String message) {
        return tools.values().stream().anyMatch(t -> t.answers(message));
    }

    public List<ToolSpec> specs() {
        return tools.values().stream().map(Tool::spec).toList();
    }

    /** The specs of the tools {@code scope} allows: what the model of a routed turn is offered. */
    List<ToolSpec> specs(ToolScope scope) {
        return tools.values().stream()
                .map(Tool::spec)
                .filter(spec -> scope.allows(spec.name()))
                .toList();
    }

    Optional<Tool> tool(String name) {
        return Optional.ofNullable(tools.get(name));
    }
}
