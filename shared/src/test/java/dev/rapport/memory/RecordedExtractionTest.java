package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.model.bedrock.RecordedConverse;
import dev.rapport.testing.TestDynamoDb;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Bedrock extraction path scored like the rules, from replies a model gave and that were recorded
 * (see {@link RecordedConverse}): each statement goes through the real chat path, the curator, the
 * Bedrock adapter and SDK and the Converse wire stub replaying the recording. No Bedrock replies are
 * recorded in this repository; {@code -Drapport.recordings=FILE} points the second test at a file of
 * them. The first test proves the scoring with four made-up replies and gives no quality figure.
 */
class RecordedExtractionTest {

    private static final String WIRING = "/memory-eval/recordings-wiring.jsonl";

    @Test
    void recordedRepliesAreScoredThroughTheBedrockPathAsTheRulesAre() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(WIRING);
                RecordedConverse converse = RecordedConverse.of(in)) {
            PreferenceEvaluation evaluation = new PreferenceEvaluation(
                    TestDynamoDb.shared(), new ModelExtractor(converse.model()), "Bedrock, made-up replies");

            PreferenceReport report = evaluation.run(
                    PreferenceEvaluation.TUNING, c -> converse.statements().contains(c.statement()));

            // Floral and keto are right, caffeine comes back with the wrong polarity, the instruction stores nothing.
            assertThat(report.all.positives).isEqualTo(3);
            assertThat(report.all.stored).isEqualTo(2);
            assertThat(report.all.memories).isEqualTo(4);
            assertThat(report.all.rightMemories).isEqualTo(3);
            assertThat(report.all.wrongPolarity).isEqualTo(1);
            assertThat(report.all.negatives).isEqualTo(1);
            assertThat(report.all.negativesClean).isEqualTo(1);
            assertThat(converse.unrecorded()).isZero();
        }
    }

    @Test
    void recordedBedrockRepliesAreScoredOnBothHeldOutSets() throws Exception {
        String file = System.getProperty("rapport.recordings", "");
        assumeTrue(!file.isBlank(), "no recordings file: -Drapport.recordings=FILE");
        try (InputStream in = Files.newInputStream(Path.of(file));
                RecordedConverse converse = RecordedConverse.of(in)) {
            PreferenceEvaluation evaluation = new PreferenceEvaluation(
                    TestDynamoDb.shared(), new ModelExtractor(converse.model()), "Bedrock, recorded replies");
            for (String set : new String[] {PreferenceEvaluation.HELD_OUT, PreferenceEvaluation.HELD_OUT_2}) {
                PreferenceReport report =
                        evaluation.run(set, c -> converse.statements().contains(c.statement()));
                System.out.println(report.table());
                assertThat(report.sensitiveWithoutConsent).isZero();
            }
        }
    }
}
