package dev.rapport.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiDetectionTest {

    @Test
    void anEmailWinsOverThePhoneNumberInsideIt() {
        assertThat(Found.in("邮箱13812345678@qq.com")).containsExactly("EMAIL:13812345678@qq.com");
    }

    @Test
    void anEighteenDigitNumberValidAsBothIdAndCardIsAnId() {
        // 11010519491231002X has a letter; this one is all digits and passes both checks.
        String id = "440305199003071236";
        assertThat(Found.in("证件 " + id)).containsExactly("CN_ID:" + id);
    }

    @Test
    void spansComeInTextOrderWithoutOverlap() {
        String text = "Tom, tom@example.com, +44 20 7946 0958, 221B Baker Street, card 4356 4198 9901 3654";
        assertThat(Found.in(text))
                .containsExactly(
                        "EMAIL:tom@example.com",
                        "PHONE:+44 20 7946 0958",
                        "ADDRESS:221B Baker Street",
                        "BANK_CARD:4356 4198 9901 3654");
    }

    @Test
    void fullWidthCharactersKeepTheirOffsets() {
        String text = "手机：１３８１２３４５６７８，邮箱ｗｅｉ＠ｑｑ．ｃｏｍ";
        assertThat(Found.in(text)).containsExactly("PHONE:１３８１２３４５６７８", "EMAIL:ｗｅｉ＠ｑｑ．ｃｏｍ");
        assertThat(PiiDetection.find(text).get(1).value()).isEqualTo("wei@qq.com");
    }

    @Test
    void hostileMessagesOfTheMaximumLengthAreHandled() {
        // 4,000 characters is the chat message limit; repeated building parts once meant one regex recursion each.
        assertThat(PiiDetection.find("建国路88号" + "楼1".repeat(2000))).hasSize(1);
        assertThat(PiiDetection.find("1 ".repeat(2000))).isEmpty();
        assertThat(PiiDetection.find("a@".repeat(2000))).isEmpty();
        assertThat(PiiDetection.find("路1号".repeat(1300))).isNotEmpty();
    }

    @Test
    void theSpanNeverPrintsItsValue() {
        assertThat(PiiDetection.find("13812345678").get(0).toString()).doesNotContain("138");
    }
}
