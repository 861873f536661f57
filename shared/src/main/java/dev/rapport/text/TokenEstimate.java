package dev.rapport.text;

/**
 * Approximate token counts, so the offline engine reports usage on the same scale as a real model:
 * about one token per Chinese character and one per four other characters.
 */
public final class TokenEstimate {

    private TokenEstimate() {}

    public static int of(String text) {
        int cjk = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                cjk++;
            } else {
                other++;
            }
            i += Character.charCount(cp);
        }
        return cjk + (other + 3) / 4;
    }
}
