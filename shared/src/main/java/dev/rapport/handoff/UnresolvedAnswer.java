package dev.rapport.handoff;

import java.util.List;
import java.util.Locale;

/**
 * Whether an answer admits it could not help, from Chinese and English phrasings an honest
 * assistant uses (the offline engine's own "I don't find that" among them). Conservative: a reply
 * must say so, not merely be short or vague.
 */
public final class UnresolvedAnswer {

    private static final List<String> ADMISSIONS = List.of(
            "don't find that",
            "do not find that",
            "couldn't find",
            "could not find",
            "i don't know",
            "i do not know",
            "i'm not able to answer",
            "i am not able to answer",
            "i can't answer",
            "i cannot answer",
            "没有找到相关信息",
            "找不到相关信息",
            "我不知道",
            "无法回答");

    private UnresolvedAnswer() {}

    public static boolean admits(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT).replace('’', '\'');
        return ADMISSIONS.stream().anyMatch(lower::contains);
    }
}
