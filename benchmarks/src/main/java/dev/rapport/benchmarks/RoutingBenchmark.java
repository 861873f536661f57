package dev.rapport.benchmarks;

import dev.rapport.agents.ExemplarTieBreaker;
import dev.rapport.agents.RoutingEvaluation;
import dev.rapport.agents.RoutingReport;
import dev.rapport.agents.RuleSupervisor;
import dev.rapport.agents.Supervisor;
import dev.rapport.agents.TieBreaker;
import dev.rapport.config.Environment;
import dev.rapport.local.knowledge.OnnxEmbedderProvider;
import dev.rapport.wiring.Embedders;
import java.util.Map;

/**
 * The supervisor's routing quality: lead accuracy, lead and helpers exactly, and the confusion
 * between specialists, by rules alone (as in every Lambda) and with the local stack's embedding
 * model breaking the rules' ties. {@code -Dbenchmarks.only=routing} runs the held-out and the tuning
 * sets; {@code routing:tuning} the tuning set alone, with its misses, for developing the rules.
 */
final class RoutingBenchmark {

    static final String PART = "routing";

    private RoutingBenchmark() {}

    static String run(boolean heldOut) {
        Supervisor rules = new RuleSupervisor(TieBreaker.NONE);
        Supervisor withEmbeddings = new RuleSupervisor(new ExemplarTieBreaker(
                Embedders.fromEnvironment(Environment.of(Map.of("EMBEDDINGS_PROVIDER", OnnxEmbedderProvider.NAME)))));
        StringBuilder out = new StringBuilder("## Routing: which specialist answers a turn\n\n");
        if (heldOut) {
            out.append(section(
                    "Held-out set (written before the rules, never tuned on)",
                    RoutingEvaluation.HELD_OUT,
                    rules,
                    withEmbeddings,
                    false));
        }
        out.append(section(
                "Tuning set (optimistic: the rules were developed on it)",
                RoutingEvaluation.TUNING,
                rules,
                withEmbeddings,
                !heldOut));
        return out.toString();
    }

    private static String section(
            String title, String resource, Supervisor rules, Supervisor withEmbeddings, boolean misses) {
        RoutingReport byRules = RoutingEvaluation.run(resource, rules);
        RoutingReport byBoth = RoutingEvaluation.run(resource, withEmbeddings);
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        out.append("- rules only (every Lambda): ").append(byRules.summary()).append('\n');
        out.append("- rules, ties broken by the in-process embeddings (local stack): ")
                .append(byBoth.summary())
                .append("\n\nRules only, labelled lead against routed lead:\n\n")
                .append(byRules.confusionTable())
                .append('\n');
        if (misses) {
            byRules.misses()
                    .forEach(m -> out.append("- miss (rules) ").append(m).append('\n'));
            byBoth.misses()
                    .forEach(m ->
                            out.append("- miss (with embeddings) ").append(m).append('\n'));
        }
        return out.toString();
    }
}
