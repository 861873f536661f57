package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the stance model adds to the rules: clauses no rule has a shape for, read whole. */
class LearnedStancesTest {

    private static List<Candidate> extract(String text) {
        return FoundStances.said(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "咖啡因我现在戒了 | AVOIDS | 咖啡因",
                "粉色系的我都超爱 | LIKES | 粉色系",
                "我穿42码 | REQUIRES | 42码",
                "i am not eat pork | AVOIDS | pork",
                "香水味的东西闻了头晕 | AVOIDS | 香水"
            })
    void aClauseNoRuleReadsBecomesAStanceInTheCustomersWords(String text, Polarity polarity, String object) {
        List<Candidate> found = extract(text);

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.polarity()).isEqualTo(polarity);
            assertThat(c.object()).contains(object);
            assertThat(c.quote()).isEqualTo(text);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my husband hates onions",
                "我闺蜜超爱粉色系",
                "wool is fine with me",
                "羊毛的不排斥",
                "这件的颜色我不喜欢",
                "之前咖啡因我戒过",
                "maybe i'd go for linen",
                "[NAME_1] hates velvet, no thanks"
            })
    void someoneElsesAcceptanceTheThingAtHandAndThePastAreNoStance(String text) {
        assertThat(extract(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aBareVerdictIsAboutTheClauseBeforeIt() {
        assertThat(extract("tofu, i skip it")).singleElement().satisfies(c -> {
            assertThat(c.polarity()).isEqualTo(Polarity.AVOIDS);
            assertThat(c.object()).isEqualTo("tofu");
            assertThat(c.quote()).isEqualTo("tofu, i skip it");
        });
        assertThat(extract("my husband's tofu, i skip it")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm severely allergic, so no peanuts", "我过敏体质，坚果都不碰"})
    void aReasonBesideAStanceStaysItsReasonAndNoStanceOfItsOwn(String text) {
        assertThat(extract(text))
                .singleElement()
                .satisfies(c -> assertThat(c.category()).isEqualTo(MemoryCategory.ALLERGY));
    }
}
