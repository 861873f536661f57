package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.mood.Emotion;
import dev.rapport.mood.Mood;
import dev.rapport.mood.Sentiment;
import org.junit.jupiter.api.Test;

class ToneTest {

    @Test
    void aCalmOrThankfulCustomerGetsNoToneInstruction() {
        assertThat(Tone.of(Mood.CALM)).isEmpty();
        assertThat(Tone.of(new Mood(Sentiment.POSITIVE, Emotion.GRATITUDE))).isEmpty();
    }

    @Test
    void aNegativeMoodWithoutAClearEmotionGetsTheGeneralAcknowledgement() {
        assertThat(Tone.of(new Mood(Sentiment.NEGATIVE, Emotion.NONE))).isEqualTo(Tone.UPSET);
    }

    @Test
    void everyOtherEmotionHasItsOwnInstruction() {
        assertThat(java.util.EnumSet.complementOf(java.util.EnumSet.of(Emotion.NONE, Emotion.GRATITUDE)))
                .map(e -> Tone.of(new Mood(Sentiment.NEGATIVE, e)))
                .doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t).isNotBlank().isNotEqualTo(Tone.UPSET));
    }
}
