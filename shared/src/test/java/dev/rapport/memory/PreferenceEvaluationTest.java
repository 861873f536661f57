package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testing.TestDynamoDb;
import org.junit.jupiter.api.Test;

/**
 * Floors under the figures of the preference sets, to catch regressions; the figures themselves are
 * recorded in docs/memory.md. The held-out set is never used to tune the rules.
 */
class PreferenceEvaluationTest {

    private final PreferenceEvaluation evaluation = new PreferenceEvaluation(TestDynamoDb.shared());

    @Test
    void heldOutStatementsAreStoredAndUsedWithoutJunkOrConsentLeaks() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.HELD_OUT);
        // Figures only: the held-out misses are not printed, so they cannot steer the rules.
        System.out.println(report.table());

        assertThat(report.all.positives + report.all.negatives).isGreaterThanOrEqualTo(200);
        assertThat(report.all.storedRate()).isGreaterThanOrEqualTo(0.81);
        assertThat(report.all.usedRate()).isGreaterThanOrEqualTo(0.81);
        assertThat(report.all.precision()).isGreaterThanOrEqualTo(0.87);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }

    @Test
    void tuningStatementsAreStoredAndUsed() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.TUNING);
        System.out.println(report.table());
        report.misses.forEach(System.out::println);

        assertThat(report.all.positives + report.all.negatives).isEqualTo(250);
        assertThat(report.all.storedRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.usedRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }
}
