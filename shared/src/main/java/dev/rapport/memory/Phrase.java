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

    /** Emoji and other symbols say how, never what: "抹茶味的东西🍵" is about 抹茶. */
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}\\x{200D}]+");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+_\\d+]");
    private static final Pattern EN_END = Pattern.compile(
            "[,;:.!?()—–]|\\s-\\s|\\s(?:but|because|since|so|when|if|as|though|although|for|with|and"
                    + " i|which|who|that|over|to|rather|instead|nothing|not|or)\\b"
                    // A season or time of day says when, not what: "wool socks in winter".
                    + "|\\sin (?:the )?(?:winter|summer|spring|autumn|fall|mornings?|evenings?)\\b"
                    // What follows says how or why, not what: "wool on my skin", "spicy food the hotter the better".
                    + "|\\s(?:where|wherever|whenever|it's|its|they're|on my (?:skin|body|face|feet))\\b"
                    + "|\\sthe \\w+er the \\w+er\\b|(?<=[a-z])\\s*\\p{IsHan}"
                    + "|\\s(?:in the (?:sun|rain|snow|cold|heat|office|gym)|at (?:work|home|night|the gym))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_TRAILER = Pattern.compile(
            "\\s+(?:now|too|also|a lot|very much|so much|as well|again|these days|lately|anymore|any more|myself|"
                    + "by the way|best|most|more|last (?:month|year|week)|recently|a while ago|on (?:it|them)|"
                    + "at all|whatsoever|entirely|completely|either|ever|please|pls|lol|tbh|haha|in general|in (?:it|them))$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_ARTICLE = Pattern.compile(
            "^(?:a|an|some|much|many|lots of|a lot of|really|to|always|usually|just|mostly|definitely|also|even|especially|no)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_VAGUE = Pattern.compile(
            "^(?:it|this|that|these|those|them|you|your|yours|him|her|his|their|our|the|what|how|when|where|who|"
                    + "anything|everything|nothing|something|stuff|things?|one|ones|whatever|whichever|either|neither|both|any|"
                    + "all|none|me|myself|for me)\\b"
                    + "|^\\d+\\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?)\\b"
                    // How service feels, not what the customer buys: "not a fan of waiting".
                    + "|^(?:waiting|queues?|queuing|delays?|being on hold|spam|ads)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_END = Pattern.compile("[，,。.！!？?；;、（(]|因为|但是|不过|所以|而且|可是|还是|或者|还有|，");
    private static final Pattern ZH_TRAILER =
            Pattern.compile("(?:了|啦|的|呢|哦|啊|吧|呀|嘛|哈|的东西|一点|多了|很多|基本上?|一般|平时|从来|根本|比较多|居多|为主|多一些|多一点)+$");
    private static final Pattern ZH_VAGUE =
            Pattern.compile("^(?:你|您|它|他|她|这|那|哪|谁|一切|所有|任何)|什么|怎么|多少|^(?:东西|商品|产品|衣服)$|^(?:其他|其它|别的|别人)");
    private static final Pattern ZH_VERB = Pattern.compile("^(?:上了|上|吃|喝|穿|用|看|听|玩|买)(?=.)");

    /** Where a list of objects ends: like {@link #EN_END}, but "or" and "and" separate items instead. */
    private static final Pattern EN_LIST_END = Pattern.compile(
            "[;:.!?()—–]|\\s-\\s|\\s(?:but|because|since|so|when|if|as|though|although|for|with|and"
                    + " i|which|who|that|over|to|rather|instead|nothing|not|like|such as|due to|unless|except)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EN_EXAMPLES =
            Pattern.compile("^([a-z][\\w\\s-]*?)\\s(?:like|such as|especially)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** A head that only names a kind ("darker colours", "earthy scents"): its examples say what is meant. */
    private static final Pattern EN_KIND = Pattern.compile(
            "\\b(?:colou?rs|shades|tones|scents|fragrances|smells|fabrics|materials|flavou?rs|foods|drinks|brands|styles|"
                    + "patterns|prints|things|stuff|metals|fruits|veggies|vegetables|spices|cuisines|kinds?|types?|sorts?)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EN_ITEM = Pattern.compile("\\s*(?:,|&|/|\\band\\b|\\bor\\b|\\bnor\\b|\\bplus\\b)\\s*");
    /** Words in front of the object that only say how it meets the customer ("wearing", "foods containing"). */
    private static final Pattern EN_FRAME = Pattern.compile(
            "^(?:wearing|eating|drinking|consuming|using|buying|having|ordering|getting|touching|any|all|anything|too|"
                    + "that is|that's|the (?:smell|taste|texture|feel|look|sight|sound) of|"
                    + "the colou?r|colou?rs? like|garments?|clothes|clothing|items?|products?|foods?|drinks?|"
                    + "dishes|things|stuff|made|containing|contain|with|from|of)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Generic heads left out of the key, so "black clothing" and "the colour black" share a slot. */
    private static final java.util.Set<String> EN_GENERIC = java.util.Set.of(
            "clothing",
            "clothes",
            "garments",
            "garment",
            "products",
            "product",
            "items",
            "item",
            "foods",
            "food",
            "colour",
            "color",
            "colours",
            "colors",
            "stuff",
            "things",
            "brands",
            "brand",
            "wearing",
            "patterns",
            "pattern",
            "prints",
            "print");

    /** A Latin word inside Chinese ("polyester 的衣服") counts as one character of length. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

    private static final Pattern ZH_LIST_END = Pattern.compile("[，,。.！!？?；;（(]|因为|但是|不过|所以|而且|可是|还是|除了");
    private static final Pattern ZH_ITEM =
            Pattern.compile("、|/|(?<![暖柔温平缓谦随祥])和|(?<!高)跟|与|以及|及|或者|或是|或|还有|也不(?:吃|喝|穿|用|买|碰|要)?|也别|也不要"
                    // "不抽烟不喝酒": a second negated verb starts the next item.
                    + "|(?<=.)(?:又|还)?不(?:吃|喝|穿|用|买|碰|抽|戴)");
    /** Leading words that say how much or which kind: "有" of "有机" is the object's own. */
    private static final Pattern ZH_FRAME =
            Pattern.compile("^(?:任何|所有|一切|含有?|带|有(?!机)|那种|这种|那类|这类|太多|过多|太|过于|一[杯瓶碗份个件双条盒包])(?=.)");
    /** A garment or dish "with" something: the something is what the stance is about ("shirts with big logos"). */
    private static final Pattern EN_HEAD_WITH = Pattern.compile(
            "^(?:shirts?|t-shirts?|tops?|dresses?|jackets?|coats?|sweaters?|jumpers?|hoodies?|trousers|pants|jeans|"
                    + "shoes|sneakers|bags?|dishes|meals?|snacks?|drinks?|sauces?)\\s+"
                    + "(?:with|containing|that (?:have|has|contain|contains))\\s+(.+)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NEUTRALS = Pattern.compile("[黑白灰]{2,3}(?:色|系)?的?");
    private static final Pattern ZH_GENERIC = Pattern.compile("(?<=.)(?:的)?(?:衣服|颜色|产品|东西|食物|食品|图案|款式|风格|款|系)$");

    /**
     * The items of a list of objects ("leather, wool, or silk", "葱、姜和蒜"), each cut out as a
     * phrase; items that are too vague or too long are left out.
     */
    static java.util.List<Phrase> list(String raw, boolean chinese) {
        String unframed = unframed(raw, chinese ? ZH_FRAME : EN_FRAME);
        if (!chinese) {
            unframed = EN_HEAD_WITH.matcher(unframed).replaceFirst("$1");
            var examples = EN_EXAMPLES.matcher(unframed);
            if (examples.matches()) {
                // "earthy scents like sandalwood and cedar": the examples are what a product can be checked against;
                // a head that is a thing of its own stays ("nuts such as almonds").
                java.util.List<Phrase> named = items(examples.group(2), false);
                if (!named.isEmpty()) {
                    return EN_KIND.matcher(examples.group(1)).find()
                            ? named
                            : java.util.stream.Stream.concat(items(examples.group(1), false).stream(), named.stream())
                                    .toList();
                }
            }
        }
        return items(unframed, chinese);
    }

    private static java.util.List<Phrase> items(String unframed, boolean chinese) {
        String text = cut(unframed, chinese ? ZH_LIST_END : EN_LIST_END);
        if (chinese && NEUTRALS.matcher(text).matches()) {
            // "黑白灰" names three colours.
            text = String.join("色、", text.replaceAll("[色系的]", "").split("")) + "色";
        }
        java.util.Map<String, Phrase> items = new java.util.LinkedHashMap<>();
        for (String item : (chinese ? ZH_ITEM : EN_ITEM).split(text)) {
            (chinese ? chinese(unframed(item, ZH_FRAME)) : english(unframed(item, EN_FRAME)))
                    .ifPresent(p -> items.putIfAbsent(p.key(), p));
        }
        return java.util.List.copyOf(items.values());
    }

    private static String unframed(String item, Pattern frame) {
        String text = item.strip();
        String before;
        do {
            before = text;
            text = frame.matcher(text).replaceFirst("").strip();
        } while (!text.equals(before));
        return text;
    }

    static Optional<Phrase> english(String raw) {
        String text = cut(SYMBOLS.matcher(raw).replaceAll(" ").strip(), EN_END);
        String before;
        do {
            before = text;
            text = EN_TRAILER.matcher(text).replaceFirst("");
            text = EN_ARTICLE.matcher(text).replaceFirst("").strip();
        } while (!text.equals(before));
        if (text.isEmpty() || EN_VAGUE.matcher(text).find() || text.split("\\s+").length > 4) {
            return Optional.empty();
        }
        java.util.Set<String> terms = new java.util.LinkedHashSet<>(Terms.of(text));
        if (terms.size() > 1) {
            terms.removeAll(EN_GENERIC);
        }
        String key = String.join(" ", terms);
        return key.isEmpty() ? Optional.empty() : Optional.of(new Phrase(text, key));
    }

    static Optional<Phrase> chinese(String raw) {
        String text = ZH_TRAILER
                .matcher(cut(SYMBOLS.matcher(raw).replaceAll("").strip(), ZH_END))
                .replaceFirst("");
        if (text.isEmpty()
                || LATIN_WORD.matcher(text).replaceAll("w").replace(" ", "").length() > 10
                || ZH_VAGUE.matcher(text).find()) {
            return Optional.empty();
        }
        String key = ZH_VERB.matcher(ZH_GENERIC.matcher(text).replaceFirst("").replace("的", ""))
                .replaceFirst("");
        return Optional.of(new Phrase(text, key.replace(" ", "").toLowerCase(Locale.ROOT)));
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
