package dev.rapport.handoff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Topics an assistant must not handle alone, from Chinese and English cue words. Broad on purpose:
 * a needless handoff costs a colleague a minute, a missed one can cost far more.
 */
public enum RiskTopic {
    SELF_HARM(
            Pattern.compile("\\b(suicid\\w*|kill(ing)? myself|end(ing)? my life|take my own life|want to die"
                    + "|don'?t want to (live|be alive)|hurt(ing)? myself|self[- ]harm\\w*)\\b"),
            List.of("自杀", "不想活", "轻生", "想死", "结束生命", "活不下去", "自残", "割腕")),
    MEDICAL(
            Pattern.compile("\\b(chest pains?|can'?t breathe|cannot breathe|(trouble|difficulty) breathing"
                    + "|short of breath|heart attack|stroke|unconscious|passed out|seizures?|overdosed?|anaphyla\\w*"
                    + "|bleeding (heavily|a lot|badly)|poisoned)\\b"),
            List.of(
                    "胸痛", "胸口痛", "胸口疼", "呼吸困难", "喘不过气", "无法呼吸", "不能呼吸", "心脏病发", "中风", "昏迷", "晕倒", "抽搐", "过敏性休克", "大出血",
                    "血流不止", "中毒")),
    LEGAL(
            Pattern.compile("\\b(lawyers?|attorneys?|sue|suing|lawsuit|legal action|take (you|this) to court"
                    + "|small claims|solicitors?)\\b"),
            List.of("律师", "起诉", "法院", "告你们", "打官司", "诉讼", "法律途径", "消协", "消费者协会"));

    private final Pattern english;
    private final List<String> chinese;

    RiskTopic(Pattern english, List<String> chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The first topic the text touches, most urgent first. */
    public static Optional<RiskTopic> in(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (RiskTopic topic : values()) {
            if (topic.english.matcher(lower).find() || topic.chinese.stream().anyMatch(lower::contains)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    /** Life and health come before anything else the reply says; a legal threat does not need an emergency line. */
    public boolean urgent() {
        return this != LEGAL;
    }
}
