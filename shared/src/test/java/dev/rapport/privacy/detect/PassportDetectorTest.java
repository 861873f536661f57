package dev.rapport.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassportDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "护照号码E12345678，清关用",
                "我的护照号是 EA1234567",
                "passport G12345678 expires 2031",
                "Passport No. 548102937",
                "E12345678 是我的护照号"
            })
    void findsPassportNumbersNextToTheWord(String text) {
        assertThat(Found.in(text)).singleElement().asString().startsWith("PASSPORT:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "订单E12345678怎么还没到",
                "reference G12345678",
                "member 548102937",
                "passport holder SKU-PH-X200",
                "护照夹 ¥59.00"
            })
    void needsTheWordNearby(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
