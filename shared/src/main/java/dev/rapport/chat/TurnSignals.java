package dev.rapport.chat;

import java.util.List;
import java.util.Locale;

/**
 * First-pass reading of the customer's mood and whether they asked for a person, from Chinese and
 * English cue words. Deliberately conservative: a cue must be present, not inferred.
 */
final class TurnSignals {

    private static final List<String> NEGATIVE = List.of(
            "angry", "furious", "terrible", "awful", "worst", "useless", "ridiculous", "disappointed",
            "unacceptable", "frustrated", "annoyed", "broken", "scam", "refund now",
            "生气", "愤怒", "太差", "垃圾", "失望", "投诉", "骗", "烦", "气死", "离谱", "糟糕", "坑");
    private static final List<String> POSITIVE = List.of(
            "thank", "great", "perfect", "awesome", "love", "excellent", "helpful", "appreciate",
            "谢谢", "感谢", "太好了", "很好", "满意", "棒", "不错", "喜欢");
    private static final List<String> HUMAN = List.of(
            "human", "real person", "an agent", "a person", "representative", "speak to someone",
            "转人工", "人工客服", "人工服务", "真人", "找人工");

    Sentiment sentiment(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long negative = NEGATIVE.stream().filter(lower::contains).count();
        long positive = POSITIVE.stream().filter(lower::contains).count();
        if (negative > positive) {
            return Sentiment.NEGATIVE;
        }
        return positive > negative ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
    }

    boolean asksForHuman(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return HUMAN.stream().anyMatch(lower::contains);
    }
}
