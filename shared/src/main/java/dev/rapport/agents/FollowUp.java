package dev.rapport.agents;

import java.util.regex.Pattern;

/**
 * A reply that only makes sense after the previous turn: yes, no, thanks, "that one", 好的, 第二个. It
 * says nothing of its own about whose work it is, so it stays with the specialist who asked.
 */
final class FollowUp {

    private static final String ENGLISH_WORDS =
            "yes|yeah|yep|yup|y|sure|ok|okay|k|fine|confirm|confirmed|do it|go ahead"
                    + "|please|pls|plz|please do|sounds good|no|nope|nah|n|don't|stop|wait|keep it|thanks|thank you|thx|cheers|got it|great|perfect|cool"
                    + "|that one|this one|the (?:first|second|third|last|other) one|the (?:first|second|third|last)"
                    + "|show me more|more|next|anything else|another";
    private static final String CHINESE_WORDS = "好的?|好吧|好呀|好滴|好哒|行吧?|可以|没错|是啊|嗯+|对|是的?|确认|确定|没问题|要|不要|不用了?|不是|算了|取消吧"
            + "|谢谢你?|多谢|收到|知道了|明白了?|就这个吧?|这个|那个|第[一二三四五六七八九十]个吧?|还有别的吗|还有吗|换一个";

    private static final Pattern WHOLE =
            Pattern.compile("(?:(?:" + ENGLISH_WORDS + "|" + CHINESE_WORDS + ")[\\s,，.。!！~]*)+");
    private static final Pattern OPENING =
            Pattern.compile("^(?:yes|yeah|yep|sure|ok|okay|no|nope|confirm|好的?|行|可以|嗯+|对|是的?|确认|确定|不要|不用)(?![a-z])");
    private static final Pattern NOISE = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}?？]+");

    private FollowUp() {}

    /** The message is nothing but a short reply ("yes please", "好的 谢谢"). */
    static boolean isWhole(String lower) {
        String bare = NOISE.matcher(lower).replaceAll(" ").strip();
        return !bare.isEmpty() && WHOLE.matcher(bare).matches();
    }

    /** The message opens with a yes or a no ("yes cancel it", "嗯嗯 取消吧"). */
    static boolean opensWithAnswer(String lower) {
        return OPENING.matcher(lower.strip()).find();
    }
}
