package dev.rapport.local.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.config.Environment;
import dev.rapport.knowledge.Embedder;
import dev.rapport.knowledge.KnowledgeEvaluation;
import dev.rapport.knowledge.KnowledgeFiles;
import dev.rapport.knowledge.KnowledgeIndex;
import dev.rapport.knowledge.KnowledgeSettings;
import dev.rapport.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo store's labelled questions with the local ONNX embedder blended in, beside words only:
 * prints both reports so the README's figures come from one command.
 */
class HybridKnowledgeEvaluationTest {

    @Test
    void embeddingsBlendedWithWordsMeetTheTargets() {
        Path store = KnowledgeEvaluation.demoStore();
        List<KnowledgeEvaluation.Question> questions = KnowledgeEvaluation.questions(store);
        Embedder embedder = new OnnxEmbedderProvider().create(Environment.of(Map.of()));
        long start = System.nanoTime();
        KnowledgeSnapshot snapshot = KnowledgeFiles.read(store).snapshot(embedder);
        long embedMillis = (System.nanoTime() - start) / 1_000_000;
        KnowledgeSettings settings = KnowledgeSettings.DEFAULTS;

        KnowledgeEvaluation.Report lexical =
                KnowledgeEvaluation.run("lexical", new KnowledgeIndex(snapshot, null, 1.0), settings, questions);
        KnowledgeEvaluation.Report hybrid = KnowledgeEvaluation.run(
                "hybrid bge-small-zh",
                new KnowledgeIndex(snapshot, embedder, settings.lexicalWeight()),
                settings,
                questions);
        System.out.println("embedded "
                + (snapshot.faqs().size() + snapshot.passages().size()) + " entries in " + embedMillis + " ms");
        System.out.println(lexical.summary());
        System.out.println(hybrid.summary());

        assertThat(hybrid.hitRateTop3()).isGreaterThanOrEqualTo(0.90);
        assertThat(hybrid.fastPathPrecision()).isGreaterThanOrEqualTo(0.97);
        assertThat(hybrid.falseAnswers()).isZero();
    }
}
