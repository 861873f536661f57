package dev.rapport.benchmarks;

import dev.rapport.agents.ExemplarTieBreaker;
import dev.rapport.agents.RoutingEvaluation;
import dev.rapport.agents.RoutingInput;
import dev.rapport.agents.RoutingReport;
import dev.rapport.agents.RuleSupervisor;
import dev.rapport.agents.Supervisor;
import dev.rapport.agents.TieBreaker;
import dev.rapport.config.Environment;
import dev.rapport.local.knowledge.OnnxEmbedderProvider;
import dev.rapport.wiring.Embedders;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The supervisor's routing quality: lead accuracy, lead and helpers exactly, and the confusion
 * between specialists, by rules alone (as in every Lambda) and with the local stack's embedding
 * model breaking the rules' ties. {@code -Dbenchmarks.only=routing} runs the held-out and the tuning
 * sets; {@code routing:tuning} the tuning set alone, with its misses, for developing the rules.
 */
final class RoutingBenchmark {

    static final String PART = "routing";

    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 40;

    private RoutingBenchmark() {}

    static String run(boolean heldOut) {
        Supervisor rules = new RuleSupervisor(TieBreaker.NONE);
        Supervisor withEmbeddings = new RuleSupervisor(new ExemplarTieBreaker(
                Embedders.fromEnvironment(Environment.of(Map.of("EMBEDDINGS_PROVIDER", OnnxEmbedderProvider.NAME)))));
        // Timed first, before the embedding model's threads share the cores.
        StringBuilder out = new StringBuilder("## Routing: which specialist answers a turn\n\n").append(speed(rules));
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

    /** The rules' own time per turn over both sets' messages, after a warm-up: what routing adds to a turn. */
    private static String speed(Supervisor rules) {
        List<RoutingInput> inputs = Stream.concat(
                        RoutingEvaluation.inputs(RoutingEvaluation.HELD_OUT).stream(),
                        RoutingEvaluation.inputs(RoutingEvaluation.TUNING).stream())
                .toList();
        Timings timings = new Timings();
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            for (RoutingInput input : inputs) {
                long start = System.nanoTime();
                rules.route(input);
                if (round >= WARM_UP_ROUNDS) {
                    timings.add(System.nanoTime() - start);
                }
            }
        }
        return String.format(
                Locale.ROOT,
                "Rules only, time per turn over %d routings: p50 %.3f ms, p99 %.3f ms (no model call, no I/O;"
                        + " load average %.1f on 2 shared cores: read the p99 as an upper bound).%n%n",
                timings.count(),
                timings.percentileMillis(50),
                timings.percentileMillis(99),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
