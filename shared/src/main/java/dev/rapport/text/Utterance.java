package dev.rapport.text;

import java.util.regex.Pattern;

/** Cheap, language-aware facts about one piece of customer text (Chinese and English). */
public record Utterance(String text) {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern QUESTION =
            Pattern.compile("(?s).*[?？]\\s*$|(?s).*(吗|呢|什么|多少|几|哪|谁|怎么|为什么|是否|是不是|能不能|可以吗|有没有).{0,6}$|"
                    + "(?is)^\\s*(what|when|where|which|who|whom|whose|why|how|do|does|did|is|are|was|were|can|could|"
                    + "will|would|should|may|have|has)\\b.*");

    public boolean isQuestion() {
        return QUESTION.matcher(text).matches();
    }

    public boolean hasCjk() {
        return CJK.matcher(text).find();
    }

    /** Whitespace folded and cut to {@code max} characters at a character boundary. */
    public String condensed(int max) {
        String folded = text.strip().replaceAll("\\s+", " ");
        if (folded.length() <= max) {
            return folded;
        }
        int end = Character.isLowSurrogate(folded.charAt(max)) ? max - 1 : max;
        return folded.substring(0, end) + "…";
    }
}
