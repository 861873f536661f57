package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryEvaluationTest {

    @Test
    void meetsTheTargetsOnTheBilingualSet() {
        EvalReport report = new MemoryEvaluation().run();
        System.out.println(report.table());

        assertThat(report.conversations).isGreaterThanOrEqualTo(30);
        assertThat(report.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.sensitiveWithoutConsent).isZero();
        assertThat(report.instructionsStored).isZero();
        assertThat(report.retriesThatChanged).isZero();
    }
}
