package dev.rapport.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11010519491231002X",
                "11010519491231002x",
                "440305199003071236",
                "310115200002294567",
                "110105491231002"
            })
    void findsEighteenAndFifteenDigitIds(String id) {
        assertThat(Found.in("身份证号" + id + "，请核实")).containsExactly("CN_ID:" + id);
        assertThat(Found.in("my ID is " + id)).containsExactly("CN_ID:" + id);
    }

    @Test
    void anIdSpacedLikeOnTheCardIsOneIdWithTheSameValue() {
        assertThat(Found.in("身份证110105 19491231 002X")).containsExactly("CN_ID:110105 19491231 002X");
        assertThat(Found.valueOf("id 110105 19491231 002X")).isEqualTo(Found.valueOf("id 11010519491231002X"));
    }

    @Test
    void theCheckLetterIsNormalizedToUpperCase() {
        assertThat(Found.valueOf("id 11010519491231002x")).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "110105194912310021", // wrong check digit
                "110105199002301231", // right check digit, but 30 February
                "000105194912310021", // no such province
                "110105491331002", // 15 digits, month 13
                "110105490230002", // 15 digits, 30 February
                "订单号110105491231002", // a 15-digit order number that happens to look like an id
                "202611241123456789"
            }) // 18-digit order number
    void leavesLookAlikesAlone(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
