package dev.rapport.memory;

import static dev.rapport.memory.FactRule.many;
import static dev.rapport.memory.FactRule.stance;

import java.util.List;

/**
 * Stances stated without "I" as the subject: asking the assistant to leave something out
 * ("尽量别推荐皮革的", "please don't suggest anything with nuts", "晚上九点以后别打电话"), a participle
 * going on from the clause before ("…, avoiding all high-carb foods"), "email works best for me", and
 * a budget ("预算三百以内"). Standing orders about how the assistant behaves are refused as instructions
 * before these are tried, and a one-off ("这次别推荐贵的") is unreliable, so only lasting stances stay.
 */
final class SubjectlessStances {

    private static final List<FactRule> RULES = List.of(
            stance(
                    "^(?:please\\s+|pls\\s+)?(?:don't|do not|dont)\\s+(?:ever\\s+)?(?:recommend|suggest|show|offer|send)"
                            + "\\s+(?:me\\s+)?(?:anything\\s+(?:with|made of|made from|containing|in)\\s+)?(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^(?:请|麻烦)?(?:尽量|最好|千万)?(?:别|不要|不用|甭)(?:再)?(?:给我)?(?:推荐|推|介绍|发)(?:给我)?(?:任何)?(?:含有?|带)?(.+)",
                    true,
                    "avoids",
                    "不要"),
            many(
                    "^((?:早上|上午|中午|下午|晚上|夜里|半夜|周末|工作日|上班时间|白天).{0,8}?)(?:请)?(?:别|不要|请勿|不用)(?:给我)?"
                            + "(打电话|来电|打给我|联系我?|发短信)",
                    (m, quote) -> Phrase.chinese(m.group(1) + m.group(2))
                            .map(p -> List.of(new Candidate(
                                    MemoryCategory.DISLIKE,
                                    "preference:" + p.key(),
                                    "avoids",
                                    "不要" + p.text(),
                                    FactRule.CONFIDENCE,
                                    quote,
                                    Polarity.AVOIDS,
                                    p.text(),
                                    null)))
                            .orElse(List.of())),
            stance(
                    "^(?:and\\s+|so\\s+)?(?:avoiding|steering clear of|staying away from|cutting out|skipping)\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^([a-z][\\w\\s-]{0,30}?)\\s+(?:works?|is|are|suits?)\\s+(?:best|better)\\s+for me\\b",
                    false,
                    "likes",
                    "likes"),
            stance("^(?:我的)?预算(?:是|在|大概|一般)?(.{1,8}?(?:以内|以下|之内|左右|内))", true, "requires", "预算"),
            stance("^my\\s+budget\\s+is\\s+(?:about\\s+|around\\s+)?(.+)", false, "requires", "budget"));

    private SubjectlessStances() {}

    static List<Candidate> of(Clause clause) {
        for (FactRule rule : RULES) {
            List<Candidate> candidates = rule.apply(clause);
            if (!candidates.isEmpty()) {
                return candidates;
            }
        }
        return List.of();
    }
}
