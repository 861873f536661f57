package dev.rapport.knowledge;

/** Which of the two languages a text is in: any Chinese character makes it Chinese. */
public final class Languages {

    static final String ZH = "zh";
    static final String EN = "en";

    private Languages() {}

    public static String of(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? ZH : EN;
    }
}
