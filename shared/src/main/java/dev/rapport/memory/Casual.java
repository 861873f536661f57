package dev.rapport.memory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people type in a chat box, made regular before the rules read it: "dont" and "im" without an
 * apostrophe, curly apostrophes, stretched words ("loooove", "sooo") and 不怎么.
 */
final class Casual {

    private static final Pattern CURLY = Pattern.compile("[’‘`]");
    /** "love love love linen" says it louder, not twice. */
    private static final Pattern REPEATED = Pattern.compile("\\b([a-z]+)(?:\\s+\\1\\b)+", Pattern.CASE_INSENSITIVE);

    private static final Pattern STRETCHED = Pattern.compile("([a-z])\\1{2,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_APOSTROPHE = Pattern.compile(
            "\\b(dont|cant|wont|doesnt|didnt|isnt|arent|havent|im|ive|id)\\b", Pattern.CASE_INSENSITIVE);
    /** Misspellings common enough that a rule would otherwise miss the stance: "alergic", "vegeterian". */
    private static final java.util.Map<Pattern, String> TYPOS = java.util.Map.of(
            Pattern.compile("\\ball?erg?ic\\b", Pattern.CASE_INSENSITIVE), "allergic",
            Pattern.compile("\\bveg[aei]t[ae]rian\\b", Pattern.CASE_INSENSITIVE), "vegetarian",
            Pattern.compile("\\bintoll?erant\\b", Pattern.CASE_INSENSITIVE), "intolerant",
            Pattern.compile("\\b(?:plz|pleeze|pleez)\\b", Pattern.CASE_INSENSITIVE), "please",
            Pattern.compile("\\b(?:kinda|sorta)\\b", Pattern.CASE_INSENSITIVE), "kind of");

    private Casual() {}

    static String regular(String text) {
        // "不怎么吃" is a soft "不太吃", not a question with 怎么 in it.
        String straight =
                CURLY.matcher(ChineseChat.regular(text)).replaceAll("'").replace("不怎么", "不太");
        String unstretched =
                REPEATED.matcher(STRETCHED.matcher(straight).replaceAll("$1")).replaceAll("$1");
        for (var typo : TYPOS.entrySet()) {
            unstretched = typo.getKey().matcher(unstretched).replaceAll(typo.getValue());
        }
        Matcher m = NO_APOSTROPHE.matcher(unstretched);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            String fixed = switch (word.toLowerCase(java.util.Locale.ROOT)) {
                case "im", "ive", "id" -> word.charAt(0) + "'" + word.substring(1);
                default -> word.substring(0, word.length() - 1) + "'" + word.substring(word.length() - 1);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(fixed));
        }
        m.appendTail(out);
        return out.toString();
    }
}
