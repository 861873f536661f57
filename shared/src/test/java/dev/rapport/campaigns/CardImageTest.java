package dev.rapport.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A card's SVG is well-formed whatever its text holds, and refers to nothing outside itself. */
class CardImageTest {

    @Test
    void markupInTheWordsStaysText() throws Exception {
        BirthdayCard card = new BirthdayCard(
                "birthday-2027",
                "Happy birthday, <script>alert('x')</script> & \"friends\"\u0007!",
                "SKU-1",
                "<img src=x onerror=alert(1)>",
                false);

        String svg = CardImage.svg(card);

        assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u0007");
        Document parsed = parse(svg);
        assertThat(parsed.getDocumentElement().getTextContent())
                .contains("<script>alert('x')</script> &")
                .contains("\"friends\"!")
                .contains("Picked for you: <img src=x onerror=alert(1)>");
    }

    @Test
    void chineseWordsAreWrappedAndNothingOutsideIsReferenced() throws Exception {
        BirthdayCard card =
                new BirthdayCard("birthday-2027", "安，生日快乐！记得您喜欢绿色，我们为您挑了极光 Lite 5 手机。祝您新的一岁一切顺心！", null, null, true);

        String svg = CardImage.svg(card);

        assertThat(parse(svg).getElementsByTagName("text").getLength()).isGreaterThan(2);
        assertThat(svg).doesNotContain("href").doesNotContain("url(").doesNotContain("为您挑选");
        assertThat(svg.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
