package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.catalog.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuledOutTest {

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private List<Memory> learnt(String... statements) {
        MemoryBook book = MemoryBook.empty();
        int turn = 0;
        for (String statement : statements) {
            Extraction extraction = extractor.extract(new ExtractionInput(statement, Locale.ROOT, book.current()));
            book = book.apply(
                            extraction,
                            new Provenance("t" + turn++, "s", Instant.EPOCH.plusSeconds(turn), statement),
                            Consent.everything())
                    .book();
        }
        return book.current();
    }

    @Test
    void avoidancesInEitherLanguageRuleOutTheCatalogsMaterials() {
        assertThat(RuledOut.by(learnt("I avoid wool."))).containsExactly("wool");
        assertThat(RuledOut.by(learnt("我不用真皮的东西。"))).contains("leather", "suede");
        assertThat(RuledOut.by(learnt("我对镍过敏。"))).contains("nickel", "stainless steel");
        assertThat(RuledOut.by(learnt("I strongly avoid soy products."))).containsExactly("soy");
    }

    @Test
    void aVeganDietRulesOutAnimalMaterials() {
        assertThat(RuledOut.by(learnt("I'm vegan."))).contains("leather", "wool", "silk", "down");
    }

    @Test
    void likesAndUnrelatedFactsRuleOutNothing() {
        assertThat(RuledOut.by(learnt("I love leather jackets.", "I wear size M.", "I don't mind wool.")))
                .isEmpty();
    }

    @Test
    void aProductBreaksAConstraintByWhatItIsMadeOf() {
        Product bomber = new Product(
                "JK-B",
                "飞行员夹克",
                "Bomber jacket",
                "jacket",
                List.of("black"),
                List.of("M"),
                new BigDecimal("699.00"),
                "CNY",
                Map.of("materials", "Wool, leather"),
                3);

        assertThat(bomber.madeOf()).containsExactly("wool", "leather");
        assertThat(bomber.breaches(RuledOut.by(learnt("我不穿羊毛的衣服。")))).containsExactly("wool");
        assertThat(bomber.breaches(RuledOut.by(learnt("I avoid polyester.")))).isEmpty();
    }
}
