package dev.rapport.speech.polly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechTextTest {

    @Test
    void aShortReplyIsReadWhole() {
        assertThat(SpeechText.of("  Your order has shipped. ").text()).isEqualTo("Your order has shipped.");
    }

    @Test
    void aLongEnglishReplyEndsAfterItsLastWholeSentence() {
        String reply = "The jacket is wool and should be washed by hand in cold water! ".repeat(60);

        String read = SpeechText.of(reply).text();

        assertThat(read).hasSizeLessThanOrEqualTo(SpeechText.MAX_CHARS).endsWith("water!");
        assertThat(reply).startsWith(read);
    }

    @Test
    void oneSentenceLongerThanTheLimitIsCutWithoutSplittingACharacter() {
        String reply = "好".repeat(2_999) + "😀" + "好".repeat(10);

        String read = SpeechText.of(reply).text();

        assertThat(read).hasSize(2_999).doesNotContain("😀");
    }
}
