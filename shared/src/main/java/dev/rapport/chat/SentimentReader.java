package dev.rapport.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's mood from one message, in Chinese and English, by rules one can read and argue
 * with: a weighted lexicon matched longest-first, negation that flips a cue ("not helpful", 不满意),
 * intensifiers (very, 太), emphasis (!!!, ？？？), emoji, and contrast (but, 但是) letting the last
 * clause speak loudest. Phrases such as 不用谢 or "no problem" are read whole, so their parts never
 * count on their own.
 */
final class SentimentReader {

    private static final double THRESHOLD = 0.5;
    private static final double INTENSIFIED = 1.5;
    private static final double NEGATED_NEGATIVE = 0.5;
    private static final double LAST_CLAUSE = 2.0;

    private static final Map<String, Double> CUES = Map.ofEntries(
            // English, negative
            Map.entry("angry", -1.0), Map.entry("furious", -1.5), Map.entry("terrible", -1.0),
            Map.entry("awful", -1.0), Map.entry("worst", -1.5), Map.entry("useless", -1.0), Map.entry("bad", -1.0),
            Map.entry("ridiculous", -1.0), Map.entry("disappointed", -1.0), Map.entry("disappointing", -1.0),
            Map.entry("unacceptable", -1.5), Map.entry("frustrated", -1.0), Map.entry("frustrating", -1.0),
            Map.entry("annoyed", -1.0), Map.entry("annoying", -1.0), Map.entry("broken", -1.0), Map.entry("scam", -1.5),
            Map.entry("complain", -1.0), Map.entry("complaint", -1.0), Map.entry("horrible", -1.0), Map.entry("rude", -1.0),
            Map.entry("waste of time", -1.0), Map.entry("fed up", -1.0), Map.entry("sick of", -1.0),
            Map.entry("doesn't help", -1.0), Map.entry("does not help", -1.0), Map.entry("doesn't work", -1.0),
            Map.entry("does not work", -1.0), Map.entry("not working", -1.0), Map.entry("still waiting", -1.0),
            Map.entry("still no", -1.0), Map.entry("three times", -1.0), Map.entry("again and again", -1.0),
            // English, positive
            Map.entry("thank", 1.0), Map.entry("great", 1.0), Map.entry("perfect", 1.0), Map.entry("awesome", 1.0),
            Map.entry("love", 1.0), Map.entry("excellent", 1.0), Map.entry("helpful", 1.0), Map.entry("appreciate", 1.0),
            Map.entry("happy", 1.0), Map.entry("glad", 1.0), Map.entry("wonderful", 1.0), Map.entry("amazing", 1.0),
            Map.entry("works", 0.5), Map.entry("no problem", 0.5),
            // Chinese, negative
            Map.entry("生气", -1.0), Map.entry("愤怒", -1.5), Map.entry("太差", -1.0), Map.entry("差劲", -1.0),
            Map.entry("垃圾", -1.0), Map.entry("失望", -1.0), Map.entry("投诉", -1.0), Map.entry("骗", -1.0),
            Map.entry("烦", -1.0), Map.entry("气死", -1.5), Map.entry("离谱", -1.0), Map.entry("糟糕", -1.0),
            Map.entry("坑人", -1.0), Map.entry("浪费时间", -1.0), Map.entry("坏了", -1.0), Map.entry("坏的", -1.0),
            Map.entry("发错", -1.0), Map.entry("不行", -1.0), Map.entry("无语", -1.0), Map.entry("恶心", -1.0),
            Map.entry("三遍", -1.0), Map.entry("好几遍", -1.0), Map.entry("好几次", -1.0), Map.entry("一直没人", -1.0),
            Map.entry("还没", -0.5),
            // Chinese, positive
            Map.entry("谢谢", 1.0), Map.entry("感谢", 1.0), Map.entry("太好了", 1.0), Map.entry("很好", 1.0),
            Map.entry("满意", 1.0), Map.entry("棒", 1.0), Map.entry("不错", 1.0), Map.entry("喜欢", 1.0),
            Map.entry("合适", 0.5), Map.entry("好用", 1.0), Map.entry("有帮助", 1.0), Map.entry("解决了", 1.0),
            Map.entry("开心", 1.0), Map.entry("赞", 1.0), Map.entry("没问题", 0.5),
            // Phrases read whole so their parts stay silent: courtesy, not gratitude or praise
            Map.entry("不用谢", 0.0), Map.entry("不客气", 0.0), Map.entry("you're welcome", 0.0),
            // Emoji
            Map.entry("😡", -1.0), Map.entry("😠", -1.0), Map.entry("🤬", -1.5), Map.entry("👎", -1.0),
            Map.entry("😤", -1.0), Map.entry("😊", 1.0), Map.entry("👍", 1.0), Map.entry("🙏", 0.5),
            Map.entry("❤️", 1.0), Map.entry("😀", 1.0));

    /** Longest first, so 不用谢 wins over 谢 and "doesn't work" over "works". */
    private static final List<String> BY_LENGTH = CUES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final Pattern ENGLISH_NEGATOR = Pattern.compile(
            "\\b(not|no|never|don't|doesn't|didn't|isn't|wasn't|aren't|won't|can't|hardly|nothing)\\b");
    private static final Pattern ENGLISH_INTENSIFIER = Pattern.compile(
            "\\b(very|so|really|extremely|totally|absolutely)\\b");
    private static final String CHINESE_NEGATORS = "不没别无未";
    private static final String CHINESE_INTENSIFIERS = "太非真超特很";
    private static final Pattern CONTRAST = Pattern.compile("\\bbut\\b|\\bhowever\\b|\\bthough\\b|但是|可是|不过|但");
    private static final Pattern EMPHASIS = Pattern.compile("[!！]{2,}|[?？]{2,}");

    Sentiment read(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> clauses = clauses(lower);
        double score = 0;
        for (int i = 0; i < clauses.size(); i++) {
            double clause = clauseScore(clauses.get(i));
            score += clauses.size() > 1 && i == clauses.size() - 1 ? clause * LAST_CLAUSE : clause;
        }
        if (score >= THRESHOLD) {
            return Sentiment.POSITIVE;
        }
        return score <= -THRESHOLD ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }

    private static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        Matcher contrast = CONTRAST.matcher(text);
        int start = 0;
        while (contrast.find()) {
            clauses.add(text.substring(start, contrast.start()));
            start = contrast.end();
        }
        clauses.add(text.substring(start));
        return clauses;
    }

    private static double clauseScore(String clause) {
        boolean[] taken = new boolean[clause.length()];
        double score = 0;
        for (String cue : BY_LENGTH) {
            int from = 0;
            for (int at = clause.indexOf(cue, from); at >= 0; at = clause.indexOf(cue, from)) {
                from = at + cue.length();
                if (isTaken(taken, at, from) || !standsAlone(clause, at, from, cue)) {
                    continue;
                }
                Arrays.fill(taken, at, from, true);
                score += weigh(clause, taken, at, CUES.get(cue));
            }
        }
        return score < 0 && EMPHASIS.matcher(clause).find() ? score * INTENSIFIED : score;
    }

    /** The cue's weight, flipped when negated and raised when intensified, looking just before it. */
    private static double weigh(String clause, boolean[] taken, int at, double weight) {
        String before = free(clause, taken, Math.max(0, at - 24), at);
        boolean cjk = Character.UnicodeScript.of(clause.codePointAt(at)) == Character.UnicodeScript.HAN;
        String near = cjk ? before.substring(Math.max(0, before.length() - 3)) : lastWords(before, 3);
        boolean negated = cjk ? near.chars().anyMatch(c -> CHINESE_NEGATORS.indexOf(c) >= 0)
                : ENGLISH_NEGATOR.matcher(near).find();
        boolean intensified = cjk ? near.chars().anyMatch(c -> CHINESE_INTENSIFIERS.indexOf(c) >= 0)
                : ENGLISH_INTENSIFIER.matcher(near).find();
        double value = negated ? (weight > 0 ? -weight : -weight * NEGATED_NEGATIVE) : weight;
        return intensified ? value * INTENSIFIED : value;
    }

    /** Whole words for English cues, so "great" is not found in "greatest" nor "bad" in "badge". */
    private static boolean standsAlone(String clause, int at, int end, String cue) {
        if (!Character.isLetter(cue.charAt(0)) || Character.UnicodeScript.of(cue.charAt(0)) == Character.UnicodeScript.HAN) {
            return true;
        }
        boolean startOk = at == 0 || !Character.isLetter(clause.charAt(at - 1));
        boolean endOk = end >= clause.length() || !Character.isLetter(clause.charAt(end))
                || cue.equals("thank") || cue.equals("complain") || cue.equals("love");
        return startOk && endOk;
    }

    private static boolean isTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** The text between {@code from} and {@code to} without the characters other cues already claimed. */
    private static String free(String clause, boolean[] taken, int from, int to) {
        StringBuilder free = new StringBuilder();
        for (int i = from; i < to; i++) {
            free.append(taken[i] ? ' ' : clause.charAt(i));
        }
        return free.toString();
    }

    private static String lastWords(String text, int count) {
        String[] words = text.trim().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - count), words.length));
    }
}
