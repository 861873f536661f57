package dev.rapport.mood;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's mood from one message, in Chinese and English, by rules one can read and argue
 * with: a weighted lexicon ({@link MoodLexicon}) matched longest-first, negation that flips a cue
 * ("not helpful", 不满意), intensifiers (very, 太), emphasis (!!!, ？？？), emoji, and contrast (but,
 * 但是) letting the last clause speak loudest. Phrases such as 不用谢 or "no problem" are read whole,
 * so their parts never count on their own.
 *
 * <p>The emotion is the one whose cues weigh most, read by the same rules, with two more: a negated
 * pleasure ("not happy", 不满意) is disappointment, a negated fear or complaint ("don't worry",
 * 不着急) is no emotion at all; and an emotion is only reported when the sentiment leans its way, so
 * "it's not great, but it works" stays calm. Ties go to the emotion needing the most care.
 */
public final class MoodReader {

    private static final double THRESHOLD = 0.5;
    private static final double INTENSIFIED = 1.5;
    private static final double NEGATED_NEGATIVE = 0.5;
    private static final double LAST_CLAUSE = 2.0;

    /** Longest first, so 不用谢 wins over 谢 and "doesn't work" over "works". */
    private static final List<String> BY_LENGTH = MoodLexicon.CUES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private static final Pattern ENGLISH_NEGATOR =
            Pattern.compile("\\b(not|no|never|don't|doesn't|didn't|isn't|wasn't|aren't|won't|can't|hardly|nothing)\\b");
    private static final Pattern ENGLISH_INTENSIFIER =
            Pattern.compile("\\b(very|so|really|extremely|totally|absolutely)\\b");
    private static final String CHINESE_NEGATORS = "不没别无未";
    private static final String CHINESE_INTENSIFIERS = "太非真超特很";
    private static final Pattern CONTRAST = Pattern.compile("\\bbut\\b|\\bhowever\\b|\\bthough\\b|但是|可是|不过|但");
    private static final Pattern EMPHASIS = Pattern.compile("[!！]{2,}|[?？]{2,}");

    /** What the cues of a text add up to: the sentiment's score and each emotion's weight. */
    private static final class Tally {
        private double score;
        private final double[] emotions = new double[Emotion.values().length];

        void add(Tally clause, double factor) {
            score += clause.score * factor;
            for (int i = 0; i < emotions.length; i++) {
                emotions[i] += clause.emotions[i] * factor;
            }
        }

        Sentiment sentiment() {
            if (score >= THRESHOLD) {
                return Sentiment.POSITIVE;
            }
            return score <= -THRESHOLD ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        }

        /** The heaviest emotion the sentiment leans towards; declaration order breaks ties. */
        Emotion emotion(Sentiment sentiment) {
            Emotion strongest = Emotion.NONE;
            double most = THRESHOLD - 1e-9;
            for (Emotion emotion : Emotion.values()) {
                if (emotion != Emotion.NONE && emotions[emotion.ordinal()] > most && emotion.leans(sentiment)) {
                    strongest = emotion;
                    most = emotions[emotion.ordinal()];
                }
            }
            return strongest;
        }
    }

    public Mood read(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> clauses = clauses(lower);
        Tally total = new Tally();
        for (int i = 0; i < clauses.size(); i++) {
            total.add(clause(clauses.get(i)), clauses.size() > 1 && i == clauses.size() - 1 ? LAST_CLAUSE : 1);
        }
        Sentiment sentiment = total.sentiment();
        return new Mood(sentiment, total.emotion(sentiment));
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

    private static Tally clause(String clause) {
        boolean[] taken = new boolean[clause.length()];
        Tally tally = new Tally();
        for (String cue : BY_LENGTH) {
            int from = 0;
            for (int at = clause.indexOf(cue, from); at >= 0; at = clause.indexOf(cue, from)) {
                from = at + cue.length();
                if (isTaken(taken, at, from) || !standsAlone(clause, at, from, cue)) {
                    continue;
                }
                Arrays.fill(taken, at, from, true);
                count(tally, clause, taken, at, MoodLexicon.CUES.get(cue));
            }
        }
        if (tally.score < 0 && EMPHASIS.matcher(clause).find()) {
            tally.score *= INTENSIFIED;
            for (Emotion emotion : Emotion.values()) {
                tally.emotions[emotion.ordinal()] *= emotion.leans(Sentiment.NEGATIVE) ? INTENSIFIED : 1;
            }
        }
        return tally;
    }

    /**
     * Adds the cue's weight, flipped when negated and raised when intensified, looking just before it;
     * a negated pleasure counts as disappointment, a negated complaint as no emotion.
     */
    private static void count(Tally tally, String clause, boolean[] taken, int at, MoodLexicon.Cue cue) {
        String before = free(clause, taken, Math.max(0, at - 24), at);
        boolean cjk = Character.UnicodeScript.of(clause.codePointAt(at)) == Character.UnicodeScript.HAN;
        String near = cjk ? before.substring(Math.max(0, before.length() - 3)) : lastWords(before, 3);
        boolean negated = cjk
                ? near.chars().anyMatch(c -> CHINESE_NEGATORS.indexOf(c) >= 0)
                : ENGLISH_NEGATOR.matcher(near).find();
        boolean intensified = cjk
                ? near.chars().anyMatch(c -> CHINESE_INTENSIFIERS.indexOf(c) >= 0)
                : ENGLISH_INTENSIFIER.matcher(near).find();
        double weight = cue.weight();
        double value = negated ? (weight > 0 ? -weight : -weight * NEGATED_NEGATIVE) : weight;
        value = intensified ? value * INTENSIFIED : value;
        tally.score += value;
        Emotion emotion = !negated ? cue.emotion() : weight > 0 ? Emotion.DISAPPOINTMENT : Emotion.NONE;
        tally.emotions[emotion.ordinal()] += Math.abs(value);
    }

    /** Whole words for English cues, so "great" is not found in "greatest" nor "bad" in "badge". */
    private static boolean standsAlone(String clause, int at, int end, String cue) {
        if (!Character.isLetter(cue.charAt(0))
                || Character.UnicodeScript.of(cue.charAt(0)) == Character.UnicodeScript.HAN) {
            return true;
        }
        boolean startOk = at == 0 || !Character.isLetter(clause.charAt(at - 1));
        boolean endOk = end >= clause.length()
                || !Character.isLetter(clause.charAt(end))
                || cue.equals("thank")
                || cue.equals("complain")
                || cue.equals("love");
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
