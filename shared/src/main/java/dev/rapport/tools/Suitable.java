package dev.rapport.tools;

import dev.rapport.catalog.Product;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps out of a tool's products what the customer's constraints rule out, and remembers what was
 * ruled out so the answer can say why an item is missing.
 */
final class Suitable {

    private final Set<String> ruledOut;
    private final Set<String> leftOut = new TreeSet<>();

    Suitable(ToolContext context) {
        this.ruledOut = context.ruledOut();
    }

    boolean test(Product product) {
        Set<String> breached = product.breaches(ruledOut);
        leftOut.addAll(breached);
        return breached.isEmpty();
    }

    /** Adds {@code ruledOut}, the materials and ingredients that kept items out, when any did. */
    void report(Map<String, Object> result) {
        if (!leftOut.isEmpty()) {
            result.put("ruledOut", List.copyOf(leftOut));
        }
    }
}
