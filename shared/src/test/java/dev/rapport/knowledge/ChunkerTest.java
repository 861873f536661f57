package dev.rapport.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private final Chunker chunker = new Chunker(100);

    @Test
    void eachParagraphIsAPassageWithAStableIdAndAHeadingJoinsItsText() {
        KnowledgeDocument doc = new KnowledgeDocument(
                "doc-returns",
                "Returns",
                "en",
                "## Window\n\nYou may return items within 30 days of delivery.\n\nRefunds take 3-7 business days.",
                List.of());

        List<Passage> passages = chunker.chunk(doc);

        assertThat(passages).extracting(Passage::id).containsExactly("doc-returns#0", "doc-returns#1");
        assertThat(passages.get(0).text()).isEqualTo("## Window\nYou may return items within 30 days of delivery.");
        assertThat(chunker.chunk(doc)).isEqualTo(passages);
    }

    @Test
    void aLongChineseParagraphIsCutAtSentenceEndsWithinTheLimit() {
        String sentence = "退货商品到达仓库后两个工作日内完成检验并原路退款。";
        KnowledgeDocument doc = new KnowledgeDocument("doc-zh", "退货", "zh", sentence.repeat(10), List.of());

        List<Passage> passages = chunker.chunk(doc);

        assertThat(passages).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(100);
            assertThat(p.text()).endsWith("。");
        });
    }
}
