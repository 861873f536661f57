package dev.rapport.agents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tuning set only: its misses are printed, as the rules are developed against them. The floor is
 * optimistic by construction; the held-out figure is read by the benchmarks module.
 */
class RoutingTuningTest {

    @Test
    void theRulesRouteTheTuningSet() {
        RoutingReport report = RoutingEvaluation.run(RoutingEvaluation.TUNING, new RuleSupervisor(TieBreaker.NONE));
        System.out.println("tuning (optimistic): " + report.summary());
        report.misses().forEach(m -> System.out.println("  miss " + m));
        assertThat(report.leadAccuracy()).isGreaterThanOrEqualTo(0.95);
    }
}
