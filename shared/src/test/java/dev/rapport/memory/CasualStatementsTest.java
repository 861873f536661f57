package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stances typed the way people chat: lead-ins, no subject, a run-up, colloquial Chinese, emoji; and health
 * reasons said in everyday words, which make a fact one to ask about before it is kept.
 */
class CasualStatementsTest {

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tbh i cant really do dairy anymore, my stomach hates it|AVOIDS|dairy",
                "honestly not a huge fan of bright yellow|AVOIDS|bright yellow",
                "hate hate HATE olives 🤮|AVOIDS|olives",
                "been gluten free for 3 years now|AVOIDS|gluten",
                "anyway, after the whole thing with my old jacket i basically dont buy suede anymore|AVOIDS|suede",
                "i'm pretty sure im intolerant to fructose|AVOIDS|fructose",
                "my go-to is always oat flat whites|LIKES|oat flat whites",
                "我不怎么吃甜的|AVOIDS|甜",
                "我吃不来香菜|AVOIDS|香菜",
                "牛奶我一口都不喝|AVOIDS|牛奶",
                "其实吧 我这个人比较怕热 所以一般不穿毛衣|AVOIDS|毛衣",
                "我超爱抹茶味的东西🍵|LIKES|抹茶味",
                "我一般买S码 偶尔M|REQUIRES|S"
            })
    void theStanceIsFoundWithItsObject(String statement, Polarity polarity, String object) {
        assertThat(extractor.extract(ExtractionInput.of(statement)).candidates())
                .extracting(Candidate::polarity, Candidate::object)
                .containsExactly(tuple(polarity, object));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I can't have gluten, doctor's orders|gluten",
                "I avoid red wine because of my gut issues|red wine",
                "I avoid fragranced lotions, my skin breaks out|fragranced lotions",
                "我胃不好，不吃辣|辣",
                "我在备孕，不喝酒|酒",
                "我有胃炎，咖啡不喝|咖啡"
            })
    void aHealthReasonInEverydayWordsMakesTheFactAHealthFact(String statement, String object) {
        assertThat(extractor.extract(ExtractionInput.of(statement)).candidates())
                .extracting(Candidate::category, Candidate::object)
                .containsExactly(tuple(MemoryCategory.HEALTH, object));
    }
}
