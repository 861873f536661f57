package dev.rapport.tools;

import dev.rapport.catalog.Constraints;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps out of a tool's products what the customer's constraints rule out, and remembers what kept
 * items out so the answer can say why an item is missing.
 */
final class Suitable {

    private final Constraints constraints;
    private final Set<String> leftOut = new TreeSet<>();
    private final Set<String> lacking = new TreeSet<>();

    Suitable(ToolContext context) {
        this.constraints = context.constraints();
    }

    boolean test(Product product) {
        Verdict verdict = constraints.check(product);
        leftOut.addAll(verdict.breached());
        lacking.addAll(verdict.missing());
        return verdict.kept();
    }

    /**
     * Adds {@code ruledOut}, the materials and ingredients that kept items out, and {@code required}, the
     * materials items were left out for lacking, when any did.
     */
    void report(Map<String, Object> result) {
        if (!leftOut.isEmpty()) {
            result.put("ruledOut", List.copyOf(leftOut));
        }
        if (!lacking.isEmpty()) {
            result.put("required", List.copyOf(lacking));
        }
    }
}
