package dev.rapport.campaigns;

import java.util.ArrayList;
import java.util.List;

/**
 * A card as a self-contained SVG: no scripts, no external references (fonts and images included),
 * every piece of text escaped, so it is safe to show as an image anywhere.
 */
public final class CardImage {

    public static final String MEDIA_TYPE = "image/svg+xml";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    private CardImage() {}

    public static String svg(BirthdayCard card) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\">")
                .append("<rect width=\"100%\" height=\"100%\" rx=\"24\" fill=\"#fff8ef\"/>")
                .append("<rect x=\"12\" y=\"12\" width=\"616\" height=\"376\" rx=\"18\" fill=\"none\" ")
                .append("stroke=\"#e07a5f\" stroke-width=\"3\"/>")
                .append("<g font-family=\"sans-serif\" fill=\"#3d405b\">");
        text(svg, 48, 72, 30, card.chinese() ? "生日快乐" : "Happy birthday");
        int y = 124;
        for (String line : lines(card.text(), card.chinese() ? 26 : 46)) {
            text(svg, 48, y, 20, line);
            y += 30;
        }
        if (card.product() != null) {
            text(svg, 48, HEIGHT - 48, 18, (card.chinese() ? "为您挑选：" : "Picked for you: ") + card.product());
        }
        return svg.append("</g></svg>").toString();
    }

    private static void text(StringBuilder svg, int x, int y, int size, String text) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"")
                .append(size)
                .append("\">")
                .append(escape(text))
                .append("</text>");
    }

    /** Up to 7 lines of at most {@code width} characters, broken at spaces where there are any. */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < 7) {
            int cut = Math.min(width, rest.length());
            if (cut < rest.length()) {
                int space = rest.lastIndexOf(' ', cut);
                cut = space > width / 2 ? space : cut;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return lines;
    }

    /** XML text: markup characters and anything XML 1.0 cannot carry. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate((char) c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
