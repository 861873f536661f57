package dev.rapport.agents;

import java.util.regex.Pattern;

/**
 * One sign that a turn is a specialist's work, matched on the lower-cased message.
 *
 * @param weight 1 for a word that only hints (order, 订单), 2 for a request, 3 for a request no other
 *     specialist could answer (delete my data, 转人工)
 */
record Cue(Specialist specialist, Pattern pattern, int weight) {

    /** English cues match whole words, so "order" is not found in "border"; Chinese ones match anywhere. */
    static Cue of(Specialist specialist, int weight, String regex) {
        boolean latin = regex.chars().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
        return new Cue(specialist, Pattern.compile(latin ? "(?<![a-z])(?:" + regex + ")(?![a-z])" : regex), weight);
    }

    /** Where the cue first appears in the text, or -1. */
    int find(String lower) {
        var matcher = pattern.matcher(lower);
        return matcher.find() ? matcher.start() : -1;
    }
}
