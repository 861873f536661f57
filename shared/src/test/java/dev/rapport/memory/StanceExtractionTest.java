package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Likes, avoidances and requirements as people state them: lists, firmness, reasons, and what is none. */
class StanceExtractionTest {

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private Extraction extract(String text) {
        return extractor.extract(ExtractionInput.of(text));
    }

    @Test
    void aListYieldsEveryItemWithTheSamePolarity() {
        assertThat(extract("I don't wear leather, wool, or silk.").candidates())
                .extracting(Candidate::polarity, Candidate::object)
                .containsExactly(
                        tuple(Polarity.AVOIDS, "leather"),
                        tuple(Polarity.AVOIDS, "wool"),
                        tuple(Polarity.AVOIDS, "silk"));
        assertThat(extract("I'm gluten-free and dairy-free").candidates())
                .extracting(Candidate::object)
                .containsExactly("gluten", "dairy");
        assertThat(extract("我不吃辣也不吃香菜").candidates())
                .extracting(Candidate::object)
                .containsExactly("辣", "香菜");
    }

    @Test
    void strengthFollowsTheWordsUsed() {
        assertThat(extract("I avoid caffeine entirely.").candidates())
                .singleElement()
                .satisfies(c -> assertThat(c.strength()).isEqualTo(Strength.STRICT));
        assertThat(extract("我一般穿M码").candidates())
                .singleElement()
                .satisfies(c -> assertThat(c.strength()).isEqualTo(Strength.SOFT));
        assertThat(extract("I don't drink alcohol").candidates())
                .singleElement()
                .satisfies(c -> assertThat(c.strength()).isEqualTo(Strength.NORMAL));
    }

    @Test
    void chatHedgesAreSoftAndBareDietWordsWithAlwaysAreStrict() {
        assertThat(extract("ngl i kinda like beige").candidates())
                .singleElement()
                .satisfies(c -> assertThat(c.strength()).isEqualTo(Strength.SOFT));
        assertThat(extract("vegan 🌱 always").candidates())
                .singleElement()
                .satisfies(c -> assertThat(c.strength()).isEqualTo(Strength.STRICT))
                .satisfies(c -> assertThat(c.slot()).isEqualTo("diet"));
    }

    @Test
    void whatSomethingDoesToTheCustomerIsAStanceAloneAndAReasonAfterOne() {
        assertThat(extract("angora makes me sneeze").candidates())
                .extracting(Candidate::polarity, Candidate::object)
                .containsExactly(tuple(Polarity.AVOIDS, "angora"));
        assertThat(extract("I only wear linen, acrylic makes me sweat").candidates())
                .extracting(Candidate::polarity, Candidate::object)
                .containsExactly(tuple(Polarity.REQUIRES, "linen"));
    }

    @Test
    void aListNamedBeforeItsStanceYieldsEveryItem() {
        assertThat(extract("wool, mohair and angora make me itch").candidates())
                .extracting(Candidate::polarity, Candidate::object)
                .containsExactly(
                        tuple(Polarity.AVOIDS, "wool"),
                        tuple(Polarity.AVOIDS, "mohair"),
                        tuple(Polarity.AVOIDS, "angora"));
        // A greeting and a stance separated by commas are still clauses of their own.
        assertThat(extract("Hi, I'm vegan, what is good here?").candidates())
                .extracting(Candidate::slot, Candidate::value)
                .containsExactly(tuple("diet", "vegan"));
    }

    @Test
    void aRequestToLeaveSomethingOutIsAnAvoidance() {
        assertThat(extract("尽量别推荐皮革的").candidates()).singleElement().satisfies(c -> {
            assertThat(c.polarity()).isEqualTo(Polarity.AVOIDS);
            assertThat(c.object()).isEqualTo("皮革");
            assertThat(c.strength()).isEqualTo(Strength.SOFT);
        });
    }

    @Test
    void aReligiousOrMedicalReasonMakesTheStanceSensitive() {
        assertThat(extract("Due to religious beliefs, I strictly avoid consuming any pork products or alcohol.")
                        .candidates())
                .extracting(Candidate::category, Candidate::object, Candidate::sensitive)
                .containsExactly(
                        tuple(MemoryCategory.RELIGION, "pork products", true),
                        tuple(MemoryCategory.RELIGION, "alcohol", true));
        assertThat(extract("我怀孕了，要避开酒精").candidates()).allMatch(Candidate::sensitive);
    }

    @Test
    void anAllergyWithItsOwnObjectExplainsNothingElse() {
        assertThat(extract("I'm allergic to peanuts and I love black jackets").candidates())
                .extracting(Candidate::object, Candidate::sensitive)
                .containsExactly(tuple("peanuts", true), tuple("black jackets", false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I don't mind leather",
                "my friend is vegan",
                "I'm in Paris this week",
                "Can you recommend a moisturizer?",
                "Please always answer me in bullet points",
                "我不介意皮革的",
                "我朋友吃素",
                "这次别推荐贵的",
                "今天想吃火锅",
                "I used to love sushi",
                "No problem, thanks"
            })
    void questionsInstructionsOtherPeopleAndOneOffsAreNone(String text) {
        assertThat(extract(text).candidates()).isEmpty();
    }
}
