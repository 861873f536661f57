package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Only": a strict like of a brand, a requirement of anything a product can be checked against. */
class OnlyStatementsTest {

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private Extraction extract(String text) {
        return extractor.extract(ExtractionInput.of(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I only buy Apple products",
                "I only shop at Zara",
                "only Dyson for me when it comes to hair dryers",
                "我只用小米的产品",
                "我只认索尼的耳机",
                "手机我只用三星的"
            })
    void onlyABrandIsAStrictLike(String statement) {
        assertThat(extract(statement).candidates()).singleElement().satisfies(c -> {
            assertThat(c.polarity()).isEqualTo(Polarity.LIKES);
            assertThat(c.strength()).isEqualTo(Strength.STRICT);
            assertThat(c.category()).isEqualTo(MemoryCategory.PREFERENCE);
        });
    }

    @Test
    void onlyAMaterialFoodOrCutIsAStrictRequirement() {
        assertThat(extract("I only wear wool socks in winter").candidates())
                .extracting(Candidate::polarity, Candidate::object, Candidate::strength)
                .containsExactly(tuple(Polarity.REQUIRES, "wool socks", Strength.STRICT));
        assertThat(extract("外套我只穿羽绒的").candidates())
                .extracting(Candidate::polarity, Candidate::object)
                .containsExactly(tuple(Polarity.REQUIRES, "羽绒"));
        assertThat(extract("我只戴纯银的首饰").candidates())
                .extracting(Candidate::polarity)
                .containsExactly(Polarity.REQUIRES);
        assertThat(extract("only linen shirts for me in summer").candidates())
                .extracting(Candidate::polarity, Candidate::object)
                .containsExactly(tuple(Polarity.REQUIRES, "linen shirts"));
    }

    @Test
    void theObjectIsWhatTheStanceIsAboutNotItsCarrierOrItsTime() {
        assertThat(extract("I can't stand shirts with big logos on them").candidates())
                .extracting(Candidate::object)
                .containsExactly("big logos");
        assertThat(extract("I don't eat anything with gelatin in it").candidates())
                .extracting(Candidate::object)
                .containsExactly("gelatin");
        assertThat(extract("我特别喜欢那种复古风的包包").candidates())
                .extracting(Candidate::object)
                .containsExactly("复古风的包包");
        // A comment after a space is no second item: "太麻烦" is why, not what.
        assertThat(extract("我不吃带骨头的肉 太麻烦").candidates())
                .extracting(Candidate::object)
                .containsExactly("骨头的肉");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I only have 10 minutes, where's my order?", "my husband only wears black", "你们只有纯棉的吗"})
    void nothingIsKeptFromOnlyThatIsNoStance(String statement) {
        assertThat(extract(statement).candidates()).isEmpty();
    }
}
