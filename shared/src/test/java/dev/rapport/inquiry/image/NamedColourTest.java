package dev.rapport.inquiry.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedColourTest {

    @ParameterizedTest
    @CsvSource({
        "000000, BLACK", "1a1a1a, BLACK", "ffffff, WHITE", "f2f2f0, WHITE", "808080, GREY", "c0c0c0, GREY",
        "c8102e, RED", "ff0000, RED", "8b0000, RED", "ff8c00, ORANGE", "ffd700, YELLOW", "228b22, GREEN",
        "1f4fbf, BLUE", "87ceeb, BLUE", "800080, PURPLE", "ff69b4, PINK", "ffc0cb, PINK", "8b4513, BROWN",
        "5c4033, BROWN", "f5f5dc, WHITE", "e8d5b0, BEIGE", "d2b48c, BEIGE"
    })
    void namesCommonColours(String hex, NamedColour expected) {
        assertThat(NamedColour.of(Integer.parseInt(hex, 16))).isEqualTo(expected);
    }
}
