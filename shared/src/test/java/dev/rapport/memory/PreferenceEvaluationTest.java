package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testing.TestDynamoDb;
import org.junit.jupiter.api.Test;

/**
 * Floors under the figures of the preference sets, to catch regressions; the figures themselves are
 * recorded in docs/memory.md. The first held-out set is not used to tune the rules and does not print its misses;
 * the second was read once as held-out and is a tuning set since.
 */
class PreferenceEvaluationTest {

    private final PreferenceEvaluation evaluation = new PreferenceEvaluation(TestDynamoDb.shared());

    @Test
    void heldOutStatementsAreStoredAndUsedWithoutJunkOrConsentLeaks() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.HELD_OUT);
        // Figures only: the held-out misses are not printed, so they cannot steer the rules.
        System.out.println(report.table());

        assertThat(report.all.positives + report.all.negatives).isGreaterThanOrEqualTo(200);
        assertThat(report.all.storedRate()).isGreaterThanOrEqualTo(0.83);
        assertThat(report.all.usedRate()).isGreaterThanOrEqualTo(0.82);
        assertThat(report.all.precision()).isGreaterThanOrEqualTo(0.88);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }

    /** Retired to tuning after its one reading (memory-eval/README.md): its misses are printed now. */
    @Test
    void secondHeldOutSetNowTunesTheRules() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.HELD_OUT_2);
        System.out.println(report.table());
        report.misses.forEach(System.out::println);

        assertThat(report.all.positives).isEqualTo(157);
        assertThat(report.all.negatives).isEqualTo(45);
        assertThat(report.all.storedRate()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.all.usedRate()).isGreaterThanOrEqualTo(0.71);
        assertThat(report.all.precision()).isGreaterThanOrEqualTo(0.85);
        // 7 of 30 at its one reading, 2 since: a sensitive fact whose reason the rules do not recognise is kept
        // as an ordinary one (docs/memory.md). A ceiling, so it can only fall.
        assertThat(report.sensitiveWithoutConsent).isLessThanOrEqualTo(2);
    }

    @Test
    void tuningStatementsAreStoredAndUsed() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.TUNING);
        System.out.println(report.table());
        report.misses.forEach(System.out::println);

        assertThat(report.all.positives + report.all.negatives).isEqualTo(439);
        assertThat(report.all.storedRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.usedRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }
}
