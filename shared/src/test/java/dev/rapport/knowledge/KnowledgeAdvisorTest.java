package dev.rapport.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.model.Grounding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path's decision, the grounding it falls back to, and reading citations back out of a reply. */
class KnowledgeAdvisorTest {

    private static final FaqEntry BATTERY =
            new FaqEntry("faq-battery-zh", "手机续航多久？", List.of("手机电池能用多久？"), "Nova X 约 2 天。", "zh", List.of());
    private static final FaqEntry RETURNS = new FaqEntry(
            "faq-returns-en",
            "What is your return policy?",
            List.of("Can I return an item?"),
            "30 days.",
            "en",
            List.of());
    private static final KnowledgeDocument SHIPPING = new KnowledgeDocument(
            "doc-shipping",
            "Shipping",
            "en",
            "Standard delivery takes 2-4 business days.\n\nPower banks are shipped by ground, never by air.",
            List.of());

    private final KnowledgeIndex index = new KnowledgeIndex(
            new KnowledgeFiles(List.of(BATTERY, RETURNS), List.of(SHIPPING)).snapshot(null), null, 1.0);
    private final KnowledgeAdvisor advisor = new KnowledgeAdvisor(() -> index, KnowledgeSettings.DEFAULTS);

    @Test
    void aQuestionWordedLikeAnFaqIsAnsweredByIt() {
        assertThat(advisor.advise("手机续航多久？").answer())
                .get()
                .extracting(m -> m.faq().id())
                .isEqualTo("faq-battery-zh");
        assertThat(advisor.advise("What is your return policy?").answer()).isPresent();
    }

    @Test
    void aChineseQuestionNeverGetsTheEnglishCannedAnswer() {
        // The English FAQ shares "return policy" word for word, but the question is Chinese.
        assertThat(index.bestFaq("退货政策 return policy")).isEmpty();
        assertThat(advisor.advise("退货政策 return policy").answer()).isEmpty();
    }

    @Test
    void aQuestionNoFaqFitsGetsThePassageAsGroundingInstead() {
        Advice advice = advisor.advise("Can power banks go by air?");

        assertThat(advice.answer()).isEmpty();
        assertThat(advice.grounding()).extracting(Retrieved::id).first().isEqualTo("doc-shipping#1");
        assertThat(advice.groundings()).first().extracting(Grounding::kind).isEqualTo(Grounding.KNOWLEDGE);
    }

    @Test
    void somethingTheStoreDoesNotCoverGetsNothing() {
        Advice advice = advisor.advise("Do you sell cars?");

        assertThat(advice.answer()).isEmpty();
        assertThat(advice.grounding()).isEmpty();
    }

    @Test
    void citationsAreTheOfferedIdsTheReplyMarksAndTheMarkersAreTakenOut() {
        Advice advice = advisor.advise("Can power banks go by air?");

        Cited cited = advisor.cite("Power banks go by ground [doc-shipping#1]. See [doc-other#2] and [1].", advice);

        assertThat(cited.sources()).extracting(Retrieved::id).containsExactly("doc-shipping#1");
        assertThat(cited.text()).isEqualTo("Power banks go by ground. See [doc-other#2] and [1].");
    }
}
