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

    private static List<Candidate> said(String text) {
        return FoundStances.said(text);
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
                "我吃清真的|RELIGION",
                "I wear size L because I'm pregnant|HEALTH",
                "I prefer texts over calls, I'm deaf|HEALTH",
                "I'm hard of hearing so I prefer texts over calls|HEALTH",
                "I prefer large print because of my eyesight|HEALTH",
                "I prefer morning deliveries because of my dialysis|HEALTH",
                "I avoid high-heels since my knee operation|HEALTH",
                "I avoid dairy, it doesn't agree with me|HEALTH",
                "I can't digest lactose so I avoid milk|HEALTH",
                "I avoid strawberries, kiwi and mango. Allergies.|ALLERGY",
                "我过民，不吃芒果|ALLERGY",
                "我不吃芒果。過敏。|ALLERGY",
                "我不吃芒果，医生說的|HEALTH",
                "我喜欢短信，因为我耳朵不好|HEALTH",
                "我坐轮椅，喜欢宽松的裤子|HEALTH",
                "我喜欢宽松的衣服，因为怀孕了|HEALTH",
                "带酒精的护肤品不用，脸会刺痛|HEALTH",
                "I don't eat meat on Fridays|RELIGION",
                "我周五不吃肉|RELIGION",
                "I'm vegan for ethical reasons|RELIGION"
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
                "我对芒果过敏 不吃芒果",
                "我对芒果过敏。不吃芒果。",
                "No strawberries please. Severe alergy.",
                "I avoid strawberries. My doctor says so.",
                "I wear size L because I'm pregnant"
            })
    void withoutTheSwitchNothingSensitiveIsKeptAndTheCustomerIsAskedOnce(String statement) {
        Extraction extraction = new RuleBasedExtractor().extract(ExtractionInput.of(statement));

        MemoryBookChange change = MemoryBook.empty().apply(extraction, STATED, Consent.memoryOnly());

        assertThat(change.added()).noneMatch(Memory::sensitive);
        assertThat(change.added())
                .allSatisfy(m -> assertThat(m.object())
                        .doesNotContainIgnoringCase("pork")
                        .doesNotContainIgnoringCase("alcohol")
                        .doesNotContainIgnoringCase("nickel")
                        .doesNotContain("辣")
                        .doesNotContainIgnoringCase("spicy")
                        .doesNotContain("芒果")
                        .doesNotContainIgnoringCase("strawberr"));
        assertThat(change.added()).noneMatch(m -> m.provenance().quote().contains("pregnant"));
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
                "I'm allergic to peanuts and I love black jackets",
                "I'm allergic to peanuts. I never wear brown.",
                "I love blue, it matches my eyes",
                "I love skirts that reach my knees",
                "I avoid blind boxes",
                "I'm a nurse and I prefer comfortable shoes",
                "I love ethical fashion brands"
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
                "我对价格比较敏感",
                "blind box",
                "brush stroke prints",
                "please disable notifications",
                "it matches my eyes"
            })
    void everydaySensesOfMedicalOrReligiousWordsGiveNoReason(String words) {
        assertThat(SensitiveTopic.of(words)).isEmpty();
    }
}
