package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Avoidances that tell a faith or a condition by their object alone, with no reason said: without the
 * sensitive switch they are asked about in the customer's language and kept only on a yes.
 */
class RevealingObjectsTest {

    private static final Instant AT = Instant.parse("2026-12-08T01:00:00Z");
    private static final Provenance STATED = new Provenance("turn-1", "session-1", AT, "");

    private static List<Candidate> said(String text) {
        return FoundStances.said(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I don't eat pork|RELIGION",
                "I never eat bacon|RELIGION",
                "i dont eat beef|RELIGION",
                "I never drink alcohol|RELIGION",
                "I avoid peanuts|ALLERGY",
                "I avoid shellfish|ALLERGY",
                "i dont eat eggs|ALLERGY",
                "I avoid soy|ALLERGY",
                "I avoid sesame|ALLERGY",
                "I avoid latex|ALLERGY",
                "I avoid nickel|ALLERGY",
                "I avoid gluten|HEALTH",
                "I avoid dairy|HEALTH",
                "I avoid sugar|HEALTH",
                "I avoid salt|HEALTH",
                "I avoid caffeine entirely.|HEALTH",
                "I avoid perfume|HEALTH",
                "我不吃猪肉|RELIGION",
                "我不吃火腿|RELIGION",
                "我不吃牛肉|RELIGION",
                "我不喝白酒和啤酒|RELIGION",
                "我不吃花生|ALLERGY",
                "我不吃坚果，核桃也不吃|ALLERGY",
                "我不吃虾和蟹|ALLERGY",
                "我不吃鸡蛋|ALLERGY",
                "我不吃黄豆|ALLERGY",
                "我不吃芝麻|ALLERGY",
                "我不用乳胶的|ALLERGY",
                "我不喝牛奶|HEALTH",
                "我不吃含麸质的|HEALTH",
                "我不吃糖|HEALTH",
                "我不喝含咖啡因的|HEALTH",
                "我不用含香精的护肤品|HEALTH"
            })
    void anAvoidanceOfARevealingObjectIsSensitiveWithNoReasonGiven(String statement, MemoryCategory category) {
        assertThat(said(statement))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.category()).isEqualTo(category));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I don't drink beer, it gives me a headache|HEALTH",
                "I avoid pork because of my stomach|HEALTH",
                "我不吃牛肉，痛风|HEALTH",
                "I'm Muslim, I avoid peanuts|RELIGION",
                "I keep halal|RELIGION",
                "I only eat kosher|RELIGION",
                "我吃清真的|RELIGION",
                "我是居士，不吃荤|RELIGION",
                "我不吃荤，初一十五|RELIGION",
                "我吃素。我信佛。|RELIGION"
            })
    void aReasonSaidOrAFaithsOwnWordStillDecidesTheCategory(String statement, MemoryCategory reason) {
        assertThat(said(statement)).anyMatch(c -> c.category() == reason).allMatch(Candidate::sensitive);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I like sugar-free drinks",
                "I prefer sugarless gum",
                "I prefer decaf",
                "I only buy fragrance-free soap",
                "I prefer scent-free detergent",
                "I only wear nickel-free earrings",
                "I like alcohol-free toner",
                "我只喝无糖的饮料",
                "我只喝低因咖啡"
            })
    void aLikeOrRequirementOfTheThingsAbsenceIsAnAvoidanceInOtherWords(String statement) {
        assertThat(said(statement)).isNotEmpty().allMatch(Candidate::sensitive);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I love seafood",
                "I love wine",
                "我喜欢海鲜",
                "我喜欢喝红酒",
                "I only drink beer",
                "I love milk tea",
                "我只喝低脂牛奶",
                "I only eat free-range eggs",
                "我不穿酒红色",
                "I avoid wine red",
                "我不喜欢太甜的饮料",
                "I don't like overly sweet drinks",
                "I avoid eggplant",
                "I avoid buckwheat",
                "I avoid coconut"
            })
    void likesOfThemAndWordsThatOnlyLookLikeThemStayOrdinary(String statement) {
        assertThat(said(statement)).isNotEmpty().noneMatch(Candidate::sensitive);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我不吃猪肉|true|要我记住您不吃猪肉吗？以后为您推荐时会避开。",
                "I avoid peanuts|false|Shall I remember that you avoid peanuts? I'll avoid them when I recommend things."
            })
    void withoutTheSwitchItIsAskedInTheCustomersLanguageAndKeptOnlyOnAYes(
            String statement, boolean chinese, String question) {
        Extraction extraction = new RuleBasedExtractor().extract(ExtractionInput.of(statement));

        MemoryBookChange withheld = MemoryBook.empty().apply(extraction, STATED, Consent.memoryOnly());
        ConsentQuestion asked = ConsentQuestion.about(
                        extraction.candidates(), withheld.book(), Consent.memoryOnly(), STATED)
                .orElseThrow();
        MemoryBookChange yes = withheld.book()
                .answer(new ConsentAnswer(asked, true, AT.plusSeconds(5)), "turn-2", Consent.memoryOnly());
        MemoryBookChange allowed = MemoryBook.empty().apply(extraction, STATED, Consent.everything());

        assertThat(withheld.added()).isEmpty();
        assertThat(withheld.rejected(Rejection.Reason.SENSITIVE_WITHOUT_CONSENT))
                .isTrue();
        assertThat(asked.ask(chinese)).isEqualTo(question);
        assertThat(yes.added()).singleElement().satisfies(m -> {
            assertThat(m.sensitive()).isTrue();
            assertThat(m.consent())
                    .isEqualTo(new ConsentRecord(ConsentRecord.ASKED_IN_CHAT, AT.plusSeconds(5), "turn-2"));
        });
        assertThat(allowed.added())
                .singleElement()
                .satisfies(m -> assertThat(m.sensitive()).isTrue());
    }
}
