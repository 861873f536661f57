package dev.rapport.safety;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a customer's words are about their body, and whether they sound like an emergency. A
 * customer-service assistant must never diagnose: health questions get general information, a plain
 * not-a-diagnosis statement and a route to care; emergencies get "seek urgent care now" and a person.
 * Deliberately broad: a false alarm costs a sentence, a missed one could cost far more.
 */
public enum HealthConcern {
    NONE,
    HEALTH,
    URGENT;

    // English cues are whole words (so "paint", "testing" and "skinny" are not health); Chinese has no spaces.
    private static final Pattern URGENT_EN = Pattern.compile("\\b(bleeding (heavily|a lot|badly)|heavy bleeding"
            + "|won'?t stop bleeding|can'?t breathe|cannot breathe|can not breathe|(trouble|difficulty) breathing"
            + "|short of breath|chest pains?|unconscious|passed out|fainted|seizures?|swollen throat"
            + "|throat is closing|tongue (is )?swelling|anaphyla\\w*|overdosed?|poisoned|severe burns?"
            + "|suicid\\w*)\\b");
    private static final List<String> URGENT_ZH = List.of(
            "大量出血", "大出血", "血流不止", "止不住血", "呼吸困难", "喘不过气", "不能呼吸", "无法呼吸", "胸痛", "胸口痛", "胸口疼", "昏迷", "晕倒", "失去意识", "抽搐",
            "喉咙肿", "过敏性休克", "中毒", "严重烧伤", "自杀");

    private static final Pattern HEALTH_EN = Pattern.compile("\\b(rash(es)?|wounds?|moles?|swelling|swollen"
            + "|allerg\\w*|itch(y|ing)?|blisters?|bruis\\w*|burns?|burned|infect\\w*|insect bites?|bitten|stings?"
            + "|lumps?|pimples?|acne|eczema|hives|pain(ful)?|sore|injur\\w*|cut myself|skin|symptoms?|disease"
            + "|sick|fever|pus|bleeding|scar|wart|spots? on my)\\b");
    private static final List<String> HEALTH_ZH = List.of(
            "皮疹", "疹子", "红疹", "湿疹", "荨麻疹", "伤口", "痣", "肿", "过敏", "痒", "水泡", "淤青", "瘀青", "烫伤", "烧伤", "感染", "被咬", "蜇",
            "肿块", "痘", "出血", "流血", "疼", "痛", "受伤", "皮肤", "症状", "生病", "疾病", "什么病", "发烧", "发炎", "化脓", "伤疤");

    /** Urgent wins over health; anything else is none. */
    public static HealthConcern of(String text) {
        if (text == null) {
            return NONE;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (URGENT_EN.matcher(lower).find() || URGENT_ZH.stream().anyMatch(lower::contains)) {
            return URGENT;
        }
        return HEALTH_EN.matcher(lower).find() || HEALTH_ZH.stream().anyMatch(lower::contains) ? HEALTH : NONE;
    }
}
