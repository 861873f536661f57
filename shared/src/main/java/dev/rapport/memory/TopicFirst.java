package dev.rapport.memory;

import static dev.rapport.memory.FactRule.stance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Chinese stances that name the object first and leave 我 out or put it after, as people type in a
 * shop's chat: "海鲜啤酒都不碰", "牛奶我一口都不喝", "猪肉不行", "真皮的我不要", "香菜真的受不了", "羊毛的东西我是一件都不穿的", "辣椒我一口都吃不了",
 * and how to be reached: "别打电话", "电话别打了", "发微信就行". A bare "不行" or "就算了" is kept only
 * for something a product or dish is made of or looks like, or for a kind of thing ("亮片的不要"): "质量
 * 不行" is a complaint, not a stance.
 */
final class TopicFirst {

    private static final String OBJECT = "^([\\p{IsHan}A-Za-z]{1,8}?)";
    private static final String ME_ADVERBS = "(?:我)?(?:是|也|真的|真|实在|完全|一直|从来|根本|基本上?|坚决|绝对|都)*";
    private static final String ONE = "(?:一[口点滴块件次个双]?)?(?:都|也)?";
    private static final String END = "(?:了|的|啊|呢|吧)*$";
    /** Words a complaint is about, never a remembered stance: "颜色不行", "质量就算了". */
    private static final Pattern COMPLAINT =
            Pattern.compile("^(?:颜色|质量|价格|价钱|尺码|款式|味道|效果|服务|物流|快递|做工|包装|东西|商品|产品|这|那|别|其他|其它|其余|剩下|之前|原来|当时|上学)"
                    // Times and adverbs in front of a refusal say when, not what: "晚上不吃", "现在不用".
                    + "|^(?:现在|最近|平时|一般|早上|上午|中午|下午|晚上|白天|夜里|周末|以后|今后|目前|暂时|基本|从来|根本|完全|真的|有时|"
                    + "偶尔|经常|天天|每天|其实|一直|先|就|也|都|还|再|又|我|你|他|她)$|得$");

    static final List<FactRule> RULES = List.of(
            plain(stance(
                    OBJECT + "(?:的东西|的|这种|这类)?" + ME_ADVERBS + ONE
                            + "(?:hold不住|驾驭不了|不(?:吃|喝|碰|穿|用|买|戴)|从(?:来)?不(?:吃|喝|碰|穿|用|买|戴)|碰都不碰|(?:吃|喝|用|穿)不(?:了|惯|来))"
                            + END,
                    true,
                    "avoids",
                    "不要")),
            // "香水味我真受不了"; "扎人受不了" and "热得受不了" say how something feels, not what.
            kept(
                    stance(OBJECT + "(?:的东西|的)?" + ME_ADVERBS + "(?:受不了|接受不了)" + END, true, "avoids", "不要"),
                    o -> o.endsWith("味") || Topics.isFood(o) || Subject.describes(o)),
            // "亮片的不要": a kind of thing, by what it is made of or looks like.
            describing(stance(OBJECT + "的" + ME_ADVERBS + "(?:不要|不行|就算了|算了|免了|pass)" + END, true, "avoids", "不要")),
            // After a condition: "糖尿病，甜的得控制", "痛风，海鲜啤酒都得戒", "偏头痛，红酒和巧克力是我的雷区".
            plain(stance(
                    OBJECT + "(?:的东西|的)?" + ME_ADVERBS + "(?:(?:得|要|必须|需要)(?:少吃|少喝|少碰|控制|戒掉?|忌口|忌)|是我的(?:雷区|禁区|死穴))"
                            + END,
                    true,
                    "avoids",
                    "不要")),
            // "太贵的不要" is price sensitivity, kept as the other ways of saying it are.
            PriceStances.price("^(?:太|过于|很)?贵的?(?:我)?(?:都|就)?(?:不要|不考虑|就算了|算了|不买|pass)" + END, "便宜", "只要"),
            describing(stance(OBJECT + ME_ADVERBS + "(?:不要|不行|就算了|算了|免了|pass)" + END, true, "avoids", "不要")),
            stance("^(?:请|麻烦)?(?:别|不要|请勿|不用|甭)(?:给我)?(?:打|来)(电话)" + END, true, "avoids", "不要"),
            stance("^(电话)(?:就)?(?:别|不要|不用)(?:打|来)?" + END, true, "avoids", "不要"),
            stance(
                    "^(?=(?:有事|有问题|需要的话).+|.+(?:就行|就好|就可以|即可|比较好|最好|比较方便)$)(?:有事|有问题|需要的话)?(?:请|麻烦)?(?:就)?"
                            + "(?:发|用|走|打)?(微信|短信|邮件|QQ|企业微信|电话)(?:联系(?:我)?|通知(?:我)?|找我|沟通)?"
                            + "(?:就行|就好|就可以|即可|比较好|最好|比较方便)?$",
                    true,
                    "likes",
                    "喜欢"));

    private TopicFirst() {}

    /** The rule, kept to objects that are eaten, worn or looked at. */
    private static FactRule describing(FactRule rule) {
        return kept(rule, o -> Topics.isFood(o) || Subject.describes(o));
    }

    /** The rule, except for what a complaint is about. */
    private static FactRule plain(FactRule rule) {
        return kept(rule, o -> true);
    }

    private static FactRule kept(FactRule rule, java.util.function.Predicate<String> object) {
        return new FactRule(
                rule.pattern(),
                (m, quote) -> !COMPLAINT.matcher(m.group(1)).find() && object.test(m.group(1))
                        ? rule.builder().build(m, quote)
                        : List.of());
    }
}
