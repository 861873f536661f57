package dev.rapport.tools;

import dev.rapport.catalog.Catalog;
import dev.rapport.model.ToolSpec;
import dev.rapport.orders.OrderChange;
import dev.rapport.orders.OrderStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tools a chat turn offers the model, by name. */
public final class Toolbox {

    private final Map<String, Tool> tools = new LinkedHashMap<>();

    private Toolbox(List<Tool> tools) {
        tools.forEach(t -> this.tools.put(t.spec().name(), t));
    }

    /** Catalog look-ups, order status, recommendations and the three order changes that need a yes. */
    public static Toolbox of(Catalog catalog, OrderStore orders) {
        return new Toolbox(List.of(
                new SearchProducts(catalog),
                new GetProduct(catalog),
                new GetOrderStatus(orders),
                new Recommend(catalog, orders),
                new ProposeOrderChange(OrderChange.Kind.CANCEL, orders),
                new ProposeOrderChange(OrderChange.Kind.CHANGE_ADDRESS, orders),
                new ProposeOrderChange(OrderChange.Kind.REBOOK, orders)));
    }

    public List<ToolSpec> specs() {
        return tools.values().stream().map(Tool::spec).toList();
    }

    Optional<Tool> tool(String name) {
        return Optional.ofNullable(tools.get(name));
    }
}
