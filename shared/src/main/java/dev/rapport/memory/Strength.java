package dev.rapport.memory;

import java.util.regex.Pattern;

/**
 * How firmly a preference was stated: "strictly", "never", "绝对" are strict; "prefer", "usually",
 * "尽量" are soft; anything else is normal. A strict avoidance is a constraint an answer must keep,
 * a soft one a tie-breaker.
 */
public enum Strength {
    STRICT,
    NORMAL,
    SOFT;

    private static final Pattern STRICT_WORDS = Pattern.compile(
            "\\b(?:strictly|strict|always|never|completely|entirely|totally|absolutely|strongly|at all|whatsoever|"
                    + "only|must|can't|cannot|can not|won't|ever|no exceptions|under no circumstances|100%)\\b"
                    + "|绝对|从不|从来|完全|严格|一点都不|一点也不|一点.{1,4}都不|坚决|只|一定|必须|坚持|都不行|一律|死活"
                    + "|一[口点滴件次个]都|碰都不碰|最爱|最讨厌|每天都要",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOFT_WORDS = Pattern.compile(
            "\\b(?:prefer|prefers|preferably|usually|tend to|try to|trying to|generally|mostly|ideally|rather|"
                    + "normally|typically|kind of|sort of|a bit|if possible|where possible|lean towards)\\b"
                    + "|尽量|一般|比较|平时|偏|更喜欢|能少就少|通常|大多|最好|倾向|不太|不感冒|不感兴趣|没兴趣",
            Pattern.CASE_INSENSITIVE);

    /** The strength a clause states; strict words win over soft ones ("I strongly prefer"). */
    static Strength of(String clause) {
        if (STRICT_WORDS.matcher(clause).find()) {
            return STRICT;
        }
        return SOFT_WORDS.matcher(clause).find() ? SOFT : NORMAL;
    }
}
