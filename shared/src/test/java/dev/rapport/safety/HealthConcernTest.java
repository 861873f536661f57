package dev.rapport.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthConcernTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "What is this rash on my arm?|HEALTH",
                "Is this mole normal?|HEALTH",
                "my ankle swelling after the run|HEALTH",
                "Could this be an allergic reaction to the cream?|HEALTH",
                "这个皮疹是怎么回事|HEALTH",
                "伤口好像发炎了|HEALTH",
                "用了你们的面霜以后过敏了|HEALTH",
                "It's bleeding heavily and won't stop|URGENT",
                "I can't breathe after eating the nuts|URGENT",
                "I can’t breathe properly|URGENT",
                "chest pain since this morning|URGENT",
                "孩子呼吸困难|URGENT",
                "伤口大量出血|URGENT",
                "突然胸痛|URGENT",
                "Do you have this paint in blue?|NONE",
                "Is this skinny jeans model in stock?|NONE",
                "The testing kit arrived broken|NONE",
                "Which kitchen switch is this?|NONE",
                "这个包有别的颜色吗？|NONE",
            })
    void readsHealthAndUrgencyInBothLanguages(String text, HealthConcern expected) {
        assertThat(HealthConcern.of(text)).isEqualTo(expected);
    }
}
