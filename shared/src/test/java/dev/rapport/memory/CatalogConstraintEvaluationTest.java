package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testing.TestDynamoDb;
import org.junit.jupiter.api.Test;

/** The offline engine's catalog answers over the held-out questions never name an item a constraint rules out. */
class CatalogConstraintEvaluationTest {

    @Test
    void offlineCatalogAnswersToHeldOutQuestionsBreakNoStoredConstraint() {
        CatalogConstraintEvaluation.Report report =
                new CatalogConstraintEvaluation(TestDynamoDb.shared()).run(CatalogConstraintEvaluation.heldOut());
        System.out.println("catalog constraints, held-out: " + report.table());

        assertThat(report.questions).isGreaterThanOrEqualTo(40);
        assertThat(report.answersNamingItems).isPositive();
        assertThat(report.violations).isZero();
    }
}
