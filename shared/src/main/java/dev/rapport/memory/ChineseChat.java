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

    private ChineseChat() {}

    static String regular(String text) {
        String plain = GREETING.matcher(text).replaceAll("");
        plain = PARTICLES.matcher(plain).replaceAll("");
        plain = ME.matcher(plain).replaceAll("我");
        plain = LIKE.matcher(plain).replaceAll("喜欢");
        return plain.replace("灰常", "非常").replace("木有", "没有").replace("肿么", "怎么").replace("神马", "什么");
    }
}
