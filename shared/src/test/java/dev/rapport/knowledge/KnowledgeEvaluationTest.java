package dev.rapport.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo store's labelled questions against the word-only index every function can run. */
class KnowledgeEvaluationTest {

    @Test
    void lexicalRetrievalMeetsTheTargets() {
        Path store = KnowledgeEvaluation.demoStore();
        KnowledgeIndex index = new KnowledgeIndex(KnowledgeFiles.read(store).snapshot(null), null, 1.0);
        List<KnowledgeEvaluation.Question> questions = KnowledgeEvaluation.questions(store);
        KnowledgeEvaluation.Report report =
                KnowledgeEvaluation.run("lexical", index, KnowledgeSettings.DEFAULTS, questions);
        System.out.println(report.summary());

        assertThat(report.answerable()).isGreaterThanOrEqualTo(60);
        assertThat(report.unanswerable()).isGreaterThanOrEqualTo(15);
        assertThat(report.hitRateTop3()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.fastPathFired()).isPositive();
        assertThat(report.fastPathPrecision()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.falseAnswers()).isZero();
    }
}
