package dev.rapport.memory;

import dev.rapport.text.Terms;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The object of a fact ("black clothes", "黑色的衣服") cut out of the rest of the clause, or nothing
 * when it is too vague or too long to be worth remembering. Short objects only: a rule that has to
 * guess where a long object ends is more often wrong than right.
 */
record Phrase(String text, String key) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+_\\d+]");
    private static final Pattern EN_END = Pattern.compile(
            "[,;:.!?()]|\\s(?:but|because|since|so|when|if|as|though|although|for|with|and"
                    + " i|which|who|that|over|to|rather|instead|nothing|not|or)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_TRAILER = Pattern.compile(
            "\\s+(?:now|too|also|a lot|very much|so much|as well|again|these days|lately|anymore|any more|myself|"
                    + "by the way|best|most|more|last (?:month|year|week)|recently|a while ago)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_ARTICLE =
            Pattern.compile("^(?:a|an|some|much|many|lots of|a lot of|really|to)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_VAGUE = Pattern.compile(
            "^(?:it|this|that|these|those|them|you|your|yours|him|her|his|their|our|the|what|how|when|where|who|"
                    + "anything|everything|nothing|something|stuff|things?|one|ones)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_END = Pattern.compile("[，,。.！!？?；;、（(]|因为|但是|不过|所以|而且|可是|还是|或者|还有|，");
    private static final Pattern ZH_TRAILER = Pattern.compile("(?:了|啦|的|呢|哦|啊|吧|呀|嘛|哈|的东西|一点|多了|很多)+$");
    private static final Pattern ZH_VAGUE = Pattern.compile("^(?:你|您|它|他|她|这|那|哪|谁|一切|所有|任何)|什么|怎么|多少");
    private static final Pattern ZH_VERB = Pattern.compile("^(?:上了|上|吃|喝|穿|用|看|听|玩|买)(?=.)");

    static Optional<Phrase> english(String raw) {
        String text = cut(raw, EN_END);
        String before;
        do {
            before = text;
            text = EN_TRAILER.matcher(text).replaceFirst("");
            text = EN_ARTICLE.matcher(text).replaceFirst("").strip();
        } while (!text.equals(before));
        if (text.isEmpty() || EN_VAGUE.matcher(text).find() || text.split("\\s+").length > 4) {
            return Optional.empty();
        }
        String key = String.join(" ", Terms.of(text));
        return key.isEmpty() ? Optional.empty() : Optional.of(new Phrase(text, key));
    }

    static Optional<Phrase> chinese(String raw) {
        String text = ZH_TRAILER.matcher(cut(raw, ZH_END)).replaceFirst("");
        if (text.isEmpty() || text.length() > 10 || ZH_VAGUE.matcher(text).find()) {
            return Optional.empty();
        }
        String key = ZH_VERB.matcher(text.replace("的", "")).replaceFirst("");
        return Optional.of(new Phrase(text, key.toLowerCase(Locale.ROOT)));
    }

    static boolean holdsPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    /** The text before the first match of {@code end}. */
    static String cut(String raw, Pattern end) {
        var matcher = end.matcher(raw);
        return (matcher.find() ? raw.substring(0, matcher.start()) : raw).strip();
    }
}
