package dev.rapport.privacy.detect;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tries a pattern only where a match can begin (the start of a number, a road-name character)
 * instead of at every character, which is what {@link Matcher#find()} does and what made
 * redaction of a 1 KB message cost a millisecond. Look-behinds still see the whole text.
 */
final class Scan {

    /** Whether a match may start at {@code i}: a cheap test on a character or two before the regex runs. */
    interface Start {
        boolean at(String text, int i);
    }

    /** Numbers, +country codes and (area codes), but never from the middle of a run of digits. */
    static final Start NUMBER = (text, i) -> {
        char c = text.charAt(i);
        return c == '+' || c == '(' || isDigit(c) && !isDigit(before(text, i));
    };

    /** A digit beginning a word: a house number. */
    static final Start HOUSE_NUMBER = (text, i) -> isDigit(text.charAt(i)) && !isAlphanumeric(before(text, i));

    private Scan() {}

    static void each(String text, Pattern pattern, Start start, Consumer<Matcher> onMatch) {
        Matcher m = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (!start.at(text, i)) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, length);
            if (m.lookingAt()) {
                onMatch.accept(m);
                i = Math.max(i, m.end() - 1);
            }
        }
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static char before(String text, int i) {
        return i == 0 ? ' ' : text.charAt(i - 1);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlphanumeric(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
