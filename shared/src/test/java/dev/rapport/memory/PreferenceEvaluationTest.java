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
        assertFloors(report, 0.93, 0.92, 0.86);
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
        assertFloors(report, 0.97, 0.96, 0.88);
        // 7 of 30 at its one reading, kept as ordinary preferences; none since sensitive reasons fail safe.
        assertThat(report.sensitiveWithoutConsent).isZero();
    }

    /**
     * Written on 2026-12-07 by someone who saw neither the rules nor the other sets; read for its figures
     * before and after that evening's rounds, then retired to tuning: its misses are printed since.
     */
    @Test
    void thirdHeldOutSetNowTunesTheRules() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.HELD_OUT_3);
        System.out.println(report.table());
        report.misses.forEach(System.out::println);

        assertThat(report.all.positives).isEqualTo(170);
        assertThat(report.all.negatives).isEqualTo(50);
        // Optimistic: the stance model learns from this set too.
        assertFloors(report, 0.84, 0.80, 0.85);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }

    /**
     * Written on 2026-12-07 by another hand that saw neither the rules nor the other sets, never used to tune;
     * read after the round tuned on the third set and again after the stance model's. Misses not printed.
     */
    @Test
    void fourthHeldOutSetIsScoredWithoutPrintingItsMisses() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.HELD_OUT_4);
        System.out.println(report.table());

        assertThat(report.all.positives).isEqualTo(171);
        assertThat(report.all.negatives).isEqualTo(51);
        // Read again after the stance model round (0.386 / 0.398 / 0.781 and one leak at its first reading).
        assertFloors(report, 0.71, 0.69, 0.78);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }

    /**
     * Written on 2026-12-08 by another hand that saw neither the rules nor the other sets, committed before the
     * stance model and never used to tune it; read before that round and after it (docs/memory.md says how
     * often and what each reading steered). Misses not printed.
     */
    @Test
    void fifthHeldOutSetIsScoredWithoutPrintingItsMisses() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.HELD_OUT_5);
        System.out.println(report.table());

        assertThat(report.all.positives).isEqualTo(176);
        assertThat(report.all.negatives).isEqualTo(52);
        // Far under the targets (0.85 / 0.80 / 0.95); 0.233 / 0.284 / 0.857 with the rules alone.
        assertFloors(report, 0.59, 0.63, 0.82);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }

    @Test
    void tuningStatementsAreStoredAndUsed() {
        PreferenceReport report = evaluation.run(PreferenceEvaluation.TUNING);
        System.out.println(report.table());
        report.misses.forEach(System.out::println);

        assertThat(report.all.positives + report.all.negatives).isEqualTo(439);
        assertFloors(report, 0.98, 0.98, 0.98);
        assertThat(report.sensitiveWithoutConsent).isZero();
    }

    private static void assertFloors(PreferenceReport report, double stored, double used, double precision) {
        assertThat(report.all.storedRate()).isGreaterThanOrEqualTo(stored);
        assertThat(report.all.usedRate()).isGreaterThanOrEqualTo(used);
        assertThat(report.all.precision()).isGreaterThanOrEqualTo(precision);
    }
}
