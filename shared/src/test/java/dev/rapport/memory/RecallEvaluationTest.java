package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors under the recall figures recorded in docs/memory.md. The held-out set is never used to tune
 * the recall rules, so only its figures are printed, never which pairs failed.
 */
class RecallEvaluationTest {

    private final RecallEvaluation evaluation = new RecallEvaluation();

    @Test
    void heldOutQuestionsRecallTheConstraintsThatBearOnThem() {
        RecallEvaluation.Report report = evaluation.run(RecallEvaluation.HELD_OUT, null);
        System.out.println("recall held-out: " + report.table());
        System.out.println(
                "  en: " + evaluation.run(RecallEvaluation.HELD_OUT, "en").table());
        System.out.println(
                "  zh: " + evaluation.run(RecallEvaluation.HELD_OUT, "zh").table());

        assertThat(report.expected).isGreaterThanOrEqualTo(40);
        assertThat(report.storedRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.recallRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.rankedFirstRate()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void tuningQuestionsRecallTheConstraintsThatBearOnThem() {
        RecallEvaluation.Report report = evaluation.run(RecallEvaluation.TUNING, null);
        System.out.println("recall tuning (optimistic): " + report.table());
        report.misses.forEach(System.out::println);

        assertThat(report.expected).isEqualTo(42);
        assertThat(report.recallRate()).isGreaterThanOrEqualTo(0.95);
    }
}
