package dev.rapport.memory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rest of a list cut off by commas: in "I don't wear leather, wool, or silk" the clauses "wool"
 * and "or silk" name more objects of the same avoidance. Only bare items count — a part with a verb,
 * a pronoun or a pleasantry ("thanks", "谢谢") is a clause of its own.
 */
final class ListContinuation {

    private static final Pattern EN_ITEMS = Pattern.compile(
            "^(?:(?:and|or|nor|plus|&|also|even)\\s+)*([a-z][a-z\\s'-]{0,40})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_NOT_ITEM = Pattern.compile(
            "\\b(?:is|are|was|were|be|do|does|did|don't|can|will|would|it|its|they|them|you|he|she|we|this|that|"
                    + "thanks|thank|please|pls|lol|haha|ok|okay|yes|no|not|so|because|just|me|have|has|get|make|"
                    + "like|love|hate|need|want|isn't|tbh|too|my|doctor's|doctor|orders|reasons?|"
                    // A reason or a time after the list is no item of it: "allergic since childhood", "been loyal".
                    + "been|allergic|intolerant|sensitive|since|years?|ago|trying|anyway)\\b"
                    // Either of two opposites qualifies the item before: "fur, real or fake".
                    + "|^(?:real|fake|faux|new|used|old|big|small|cheap|expensive)(?:\\s+(?:or|and)\\s+\\w+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_ITEMS = Pattern.compile("^(?:和|或者?|还有|以及|也)?([\\p{IsHan}A-Za-z]{1,10})$");
    private static final Pattern ZH_NOT_ITEM = Pattern.compile("[我你他她它是有要想吗呢吧不没都就会能谢好的了啊哈呀嘛太很挺超]|谢谢|可以|什么|怎么|麻烦|特别");

    /** What may follow the object at the end of a stance that goes on into a list. */
    private static final Pattern TAIL = Pattern.compile("(?:的|东西|衣服|类|制品|食品|了|啦|哈|呢|啊)*");

    private ListContinuation() {}

    /** More objects for the stance of {@code template}, when {@code clause} is nothing but a list of them. */
    static List<Candidate> of(Candidate template, Clause clause) {
        String text = clause.text();
        boolean chinese = ChineseText.is(text);
        var items = (chinese ? ZH_ITEMS : EN_ITEMS).matcher(text);
        if (!items.matches()
                || (chinese ? ZH_NOT_ITEM : EN_NOT_ITEM).matcher(items.group(1)).find()
                || chinese && !(listed(text, clause.sentence()) && endsWithObject(template))) {
            return List.of();
        }
        int at = template.statement().lastIndexOf(template.object());
        String verb = at < 0 ? template.statement() + " " : template.statement().substring(0, at);
        return Phrase.list(items.group(1), chinese).stream()
                .map(p -> new Candidate(
                        template.category(),
                        "preference:" + p.key(),
                        template.value(),
                        verb + p.text(),
                        template.confidence(),
                        template.quote() + (chinese ? "，" : ", ") + text,
                        template.polarity(),
                        p.text(),
                        template.strength()))
                .toList();
    }

    /**
     * Whether a Chinese part was set off as an item ("葱、姜，还有蒜"): after a space it is a comment of
     * its own ("我不喜欢羊毛的 扎人").
     */
    private static boolean listed(String text, String sentence) {
        return Pattern.compile("(?:[、，,；;]|和|或者?|还有|以及|也)[\\s还有和或者以及也]*" + Pattern.quote(text))
                .matcher(sentence)
                .find();
    }

    /** "真皮的我不要，动物保护": a stance that ends with its verb has no list to go on with. */
    private static boolean endsWithObject(Candidate template) {
        int at = template.quote().lastIndexOf(template.object());
        return at >= 0
                && TAIL.matcher(template.quote()
                                .substring(at + template.object().length()))
                        .matches();
    }

    /** Whether a stance can go on into a list: a like, dislike or avoidance of an object. */
    static boolean continues(Candidate candidate) {
        return candidate.slot().startsWith("preference:");
    }

    /** Chinese text holds Han characters; English text does not. */
    static final class ChineseText {
        private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

        private ChineseText() {}

        static boolean is(String text) {
            return HAN.matcher(text).find();
        }
    }
}
