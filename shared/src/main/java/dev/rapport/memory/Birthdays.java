package dev.rapport.memory;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birthdays as day and month only: enough for greetings, and the year (with the id number it
 * helps reconstruct) is deliberately not kept.
 */
final class Birthdays {

    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY =
            Pattern.compile("^" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH =
            Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTHS, Pattern.CASE_INSENSITIVE);
    private static final String DIGITS = "〇一二三四五六七八九";

    private Birthdays() {}

    static Optional<Candidate> english(String text, String quote) {
        Matcher md = MONTH_DAY.matcher(text);
        if (md.find()) {
            return candidate(month(md.group(1)), Integer.parseInt(md.group(2)), false, quote);
        }
        Matcher dm = DAY_MONTH.matcher(text);
        return dm.find()
                ? candidate(month(dm.group(2)), Integer.parseInt(dm.group(1)), false, quote)
                : Optional.empty();
    }

    static Optional<Candidate> chinese(String month, String day, String quote) {
        return candidate(chineseNumber(month), chineseNumber(day), true, quote);
    }

    private static Optional<Candidate> candidate(int month, int day, boolean chinese, String quote) {
        try {
            MonthDay date = MonthDay.of(month, day);
            String value = String.format(Locale.ROOT, "%02d-%02d", month, day);
            String statement = chinese
                    ? "生日是" + month + "月" + day + "日"
                    : "birthday is " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day;
            return Optional.of(
                    new Candidate(MemoryCategory.BIRTHDAY, "birthday", value, statement, FactRule.CONFIDENCE, quote));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String prefix) {
        String p = prefix.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(p)) {
                return m.getValue();
            }
        }
        return 0;
    }

    /** Arabic digits or Chinese numerals up to 三十一 (十 = 10, 十五 = 15, 二十 = 20). */
    static int chineseNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
}
