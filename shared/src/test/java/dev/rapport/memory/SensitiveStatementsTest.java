package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sensitive reasons as a customer who does not want them noticed would say them: buried mid-sentence,
 * misspelt, in everyday words, in Chinese, English or both at once. Without the sensitive switch none of
 * it is kept, and the customer is asked once instead.
 */
class SensitiveStatementsTest {

    private static final Provenance STATED = new Provenance("turn-1", "session-1", Instant.EPOCH, "");
    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private List<Candidate> said(String text) {
        return extractor.extract(ExtractionInput.of(text)).candidates();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I avoid nickel, it gives me a rash|HEALTH",
                "i cant eat eggs, allergic since childhood|ALLERGY",
                "no shellfish for me, I break out in hives|HEALTH",
                "I don't drink coffee anymore, my cardiologist said so|HEALTH",
                "i dont eat beef for relgious reasons|RELIGION",
                "I don't eat pork, it's against my beliefs|RELIGION",
                "for lent I don't eat meat on fridays|RELIGION",
                "i'm breast feeding so I avoid caffeine|HEALTH",
                "I take blood thinners so I avoid grapefruit|HEALTH",
                "I avoid gluten because of my Hashimoto's|HEALTH",
                "I avoid wool because it makes me itch|HEALTH",
                "caffeine gives me the jitters so I only drink decaf|HEALTH",
                "lactose gives me cramps so I avoid milk|HEALTH",
                "I can't have sugar, type 2|HEALTH",
                "I'm really sensitive to gluten, I avoid bread|HEALTH",
                "I avoid caffeine, one coffee keeps me up all night|HEALTH",
                "我对酒精特别敏感，不喝酒|HEALTH",
                "I'm not a fan of loud prints, they give me a headache lol|HEALTH",
                "I can't eat 花生, 过敏|ALLERGY",
                "我是孕妇，不能喝咖啡|HEALTH",
                "我在服药，不喝酒|HEALTH",
                "我皮肤容易长痘，不用油性的护肤品|HEALTH",
                "我信基督，周五不吃肉|RELIGION",
                "我吃斋，不吃荤|RELIGION",
                "我吃清真的|RELIGION"
            })
    void aStanceNearASensitiveReasonIsFiledUnderTheReason(String statement, MemoryCategory reason) {
        assertThat(said(statement)).isNotEmpty().allSatisfy(c -> {
            assertThat(c.sensitive()).isTrue();
            assertThat(c.category()).isIn(reason, MemoryCategory.ALLERGY, MemoryCategory.HEALTH);
        });
        assertThat(said(statement)).anyMatch(c -> c.category() == reason);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I avoid nickel. It gives me a rash.",
                "long story short my doctor told me to cut it out so i never drink alcohol now",
                "I'm Muslim. I don't eat pork. I love black jackets though, I never wear brown.",
                "ok so 我胃不好 and i avoid spicy food",
                "我对芒果过敏 不吃芒果"
            })
    void withoutTheSwitchNothingSensitiveIsKeptAndTheCustomerIsAskedOnce(String statement) {
        Extraction extraction = extractor.extract(ExtractionInput.of(statement));

        MemoryBookChange change = MemoryBook.empty().apply(extraction, STATED, Consent.memoryOnly());

        assertThat(change.added()).noneMatch(Memory::sensitive);
        assertThat(change.added())
                .allSatisfy(m -> assertThat(m.object())
                        .doesNotContainIgnoringCase("pork")
                        .doesNotContainIgnoringCase("alcohol")
                        .doesNotContainIgnoringCase("nickel")
                        .doesNotContain("辣")
                        .doesNotContainIgnoringCase("spicy")
                        .doesNotContain("芒果"));
        assertThat(change.rejected(Rejection.Reason.SENSITIVE_WITHOUT_CONSENT)).isTrue();
        assertThat(ConsentQuestion.about(extraction.candidates(), change.book(), Consent.memoryOnly(), STATED))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I avoid wool, it's scratchy",
                "I love flared jeans",
                "I love digestive biscuits",
                "我喜欢开胃菜",
                "I hate fast food",
                "I prefer texts to calls",
                "I'm allergic to peanuts and I love black jackets"
            })
    void everydayWordsThatOnlySoundMedicalLeaveAnOrdinaryStanceOrdinary(String statement) {
        assertThat(said(statement)).anyMatch(c -> !c.sensitive());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我下礼拜才有空",
                "the type I like",
                "flared jeans",
                "digestive biscuits",
                "开胃菜",
                "夏天太炎热",
                "fast food",
                "wool is scratchy",
                "I'm sensitive to price",
                "我对价格比较敏感"
            })
    void everydaySensesOfMedicalOrReligiousWordsGiveNoReason(String words) {
        assertThat(SensitiveTopic.of(words)).isEmpty();
    }
}
