package dev.rapport.memory;

import java.util.regex.Pattern;

/**
 * Chinese as typed in a shop's chat window, made regular before the rules read it: 俺, 咱 and a
 * leading 本人 are 我; a greeting (亲) and clause-final particles (哈, 啦, 哦, ～) carry tone, not
 * meaning; and a few internet spellings stand for ordinary words (稀饭 for 喜欢, 灰常 for 非常). 呢
 * and 吗 stay: they can make a question.
 */
final class ChineseChat {

    private static final Pattern ME = Pattern.compile("俺(?!们)|咱(?![们家俩])|(?<=^|[，,。！!；;\\s])本人");
    private static final Pattern GREETING =
            Pattern.compile("(?<=^|[。！!？?\\n])\\s*(?:亲爱的|亲亲|亲|宝子|老板)(?=[，,！!～~\\s])[，,！!～~\\s]*");
    private static final Pattern PARTICLES =
            Pattern.compile("(?<=\\p{IsHan})(?:哈+|啦|哦+|喔|哟|嘻嘻|[～〜~]+)+亲?(?=[\\s，,。.！!；;、]|$)");
    /** 稀饭 is porridge after a verb ("喝稀饭"), and 喜欢 after 我 or an adverb. */
    private static final Pattern LIKE = Pattern.compile("(?<=[我不很超最好也还挺蛮真])稀饭");

    /**
     * Chinese drops the subject when it is the speaker: "不喜欢粉色，太嫩了", "只用华为手机", "鸡蛋过敏，…". A sentence
     * that opens on a stance verb, an allergy or intolerance, or a body measure is the customer's own; 不要 and 不用
     * stay out, since they open requests and instructions ("不要用表情") as often as stances.
     */
    private static final Pattern DROPPED_ME = Pattern.compile("(?<=^|[。！!？?\\n])\\s*(?=(?:"
            + "(?:不|不太|不怎么)?(?:喜欢|爱吃|爱喝|爱穿)|偏爱|钟爱|最爱|讨厌|不吃|不喝|不穿|不碰|不戴|吃不了|喝不了|"
            + "只(?:能|会)?(?:穿|用|吃|喝|买|戴)|对[^，,。]{1,8}?(?:过敏|不耐受?)|[\\p{IsHan}&&[^我不没对]]{1,6}?(?:过敏|不耐受?)(?=[，,。！!\\s]|$)|"
            // A measure said bare: "鞋子39码", "腰围二尺二".
            + "(?:鞋子?|鞋码|腰围|胸围|臀围)(?:一般|平时|都|是)*穿?[\\d一二三四五六七八九两]))");

    /**
     * A topic, a comment on it, then a bare refusal: "真丝的太难打理了，我不买", "香菜是魔鬼，受不了". The comment says
     * why; the refusal is about the topic, so the two are read as one ("真丝的我不买").
     */
    private static final Pattern TOPIC_COMMENT =
            Pattern.compile("(?<=^|[。！!？?\\n])([\\p{IsHan}A-Za-z]{1,6}?(?:的|这种|这类|是))[^，,。！!？?]{1,12}[，,]\\s*"
                    + "((?:我)?(?:基本上?|都|也|真的|实在|完全|根本|从来|坚决|一般)*"
                    + "(?:不买|不穿|不碰|不戴|不用|碰都不碰|穿都不穿|受不了|接受不了|hold不住|驾驭不了)(?:了|的|啊)*)(?=[。！!\\s]|$)");

    private ChineseChat() {}

    static String regular(String text) {
        String plain = GREETING.matcher(text).replaceAll("");
        plain = PARTICLES.matcher(plain).replaceAll("");
        plain = ME.matcher(plain).replaceAll("我");
        plain = DROPPED_ME.matcher(plain).replaceAll("我");
        plain = TOPIC_COMMENT.matcher(plain).replaceAll("$1$2");
        plain = LIKE.matcher(plain).replaceAll("喜欢");
        return plain.replace("灰常", "非常").replace("木有", "没有").replace("肿么", "怎么").replace("神马", "什么");
    }
}
