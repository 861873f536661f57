package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StanceModelTest {

    @Test
    void theShippedWeightsAreWhatTrainingOnTheTuningSetsGives() throws IOException {
        String trained = StanceModelTraining.render(
                StanceModelTraining.train(StanceModelTraining.examples(StanceModelTraining.SETS)));

        try (InputStream shipped = StanceModel.class.getResourceAsStream(StanceModel.RESOURCE)) {
            // After a tuning set changes, run StanceModelTraining's main to write the resource again.
            assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(trained);
        }
    }

    @Test
    void noHeldOutSetIsLearnedFrom() {
        assertThat(StanceModelTraining.SETS)
                .doesNotContain(
                        PreferenceEvaluation.HELD_OUT,
                        PreferenceEvaluation.HELD_OUT_4,
                        PreferenceEvaluation.HELD_OUT_5);
    }

    @Test
    void readsWhichWayAClausePoints() {
        StanceModel model = StanceModel.shipped();

        assertThat(model.read("I'm allergic to kiwi").polarity()).contains(Polarity.AVOIDS);
        assertThat(model.read("我对芒果过敏").polarity()).contains(Polarity.AVOIDS);
        assertThat(model.read("i love linen shirts").polarity()).contains(Polarity.LIKES);
        assertThat(model.read("我只穿纯棉的").polarity()).contains(Polarity.REQUIRES);
        assertThat(model.read("what time do you open").polarity()).isEqualTo(Optional.empty());
    }

    @Test
    void probabilitiesOfTheClassesAddUpToOne() {
        double[] scores = StanceModel.shipped().scores(StanceFeatures.of("never suggest anything with feathers"));

        assertThat(java.util.Arrays.stream(scores).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
