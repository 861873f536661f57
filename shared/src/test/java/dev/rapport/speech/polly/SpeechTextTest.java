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

    @Test
    void markdownMarksAreNotReadAloud() {
        String reply = "## Your options\n\n- **Wool jacket**, size *M*\n- `Rain shell` ~~old~~\n> Washed by hand";

        assertThat(SpeechText.of(reply).text())
                .isEqualTo("Your options\n\nWool jacket, size M\nRain shell old\nWashed by hand");
    }

    @Test
    void aLinkKeepsItsLabelAndABareUrlPointsToTheWrittenReply() {
        assertThat(SpeechText.of(
                                "See [our returns page](https://shop.example/returns). Or https://shop.example/r?id=1.")
                        .text())
                .isEqualTo("See our returns page. Or the link in the written reply.");
        assertThat(SpeechText.of("退货说明见 https://shop.example/returns。", true).text())
                .isEqualTo("退货说明见 文字回复里的链接。");
    }

    @Test
    void orderAndTrackingNumbersAreReadDigitByDigitAndPricesAsNumbers() {
        assertThat(SpeechText.of("Order #1042 costs USD 1,299.00 and ships at 14:30.")
                        .text())
                .isEqualTo("Order 1 0 4 2 costs USD 1,299.00 and ships at 14:30.");
        assertThat(SpeechText.of("Tracking number: SF20261207 is on its way.").text())
                .isEqualTo("Tracking number: SF 2 0 2 6 1 2 0 7 is on its way.");
        assertThat(SpeechText.of("您的订单1042已发货，运单号 75312345678，共 199 元。", true).text())
                .isEqualTo("您的订单一零四二已发货，运单号 七五三一二三四五六七八，共 199 元。");
    }

    @Test
    void aRedactionPlaceholderIsReadAsWhatItStandsFor() {
        assertThat(SpeechText.of("We will write to [EMAIL_1] about [ADDRESS_2].")
                        .text())
                .isEqualTo("We will write to your email address about your address.");
        assertThat(SpeechText.of("我们会打 [PHONE_1] 联系您。", true).text()).isEqualTo("我们会打 您的电话 联系您。");
    }

    @Test
    void chineseSentencesEndAtFullWidthPunctuationWhenCut() {
        String reply = "您的外套是羊毛的，请用冷水手洗；".repeat(200);

        String read = SpeechText.of(reply, true).text();

        assertThat(read).hasSizeLessThanOrEqualTo(SpeechText.MAX_CHARS).endsWith("手洗；");
    }
}
