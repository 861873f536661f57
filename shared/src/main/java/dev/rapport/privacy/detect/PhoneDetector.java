package dev.rapport.privacy.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as people type them: Chinese mobiles (with or without +86 / 0086), Chinese
 * landlines (area code 010, 02x or 0xxx, in brackets or not), international numbers starting with
 * + or 00, and North American numbers written (415) 555-0132 or 415-555-0132. Every spelling of one
 * number normalizes to the same value, so it keeps one placeholder.
 */
public final class PhoneDetector implements Detector {

    private static final Pattern CN_MOBILE =
            Pattern.compile("(?<![\\w+])(?:(?:\\+|00)\\s?86[ -]?|[(（]\\+?86[)）]\\s?)?1[3-9]\\d[ .-]?\\d{4}["
                    + " .-]?\\d{4}(?![\\w-]|\\.\\d)");

    private static final String AREA = "0(?:10|2\\d|[3-9]\\d{2})";
    private static final Pattern CN_LANDLINE = Pattern.compile(
            "(?<![\\w+.-])(?:[(（]" + AREA + "[)）]\\s?|" + AREA + "[ -]?)[1-9]\\d{2,3}[ -]?\\d{4}(?![\\w-]|\\.\\d)");

    private static final Pattern INTERNATIONAL =
            Pattern.compile("(?<![\\w+])(?:\\+\\s?[1-9]\\d{0,2}|00[1-9]\\d{0,2}(?=[ -]))(?:["
                    + " .-]?(?:\\(0?\\d{1,4}\\)|\\d{1,5})){1,7}(?![\\w-])");

    /**
     * Area codes N00 (toll-free 800, and 400 which China uses for company hotlines) and N11 are
     * service numbers, not someone's phone.
     */
    private static final String NANP_AREA = "[2-9](?!00|11)\\d{2}";

    private static final Pattern NORTH_AMERICA = Pattern.compile("(?<![\\w+(.-])(?:\\(" + NANP_AREA + "\\)\\s?|"
            + NANP_AREA + "[ .-])[2-9]\\d{2}[ .-]\\d{4}(?![\\w-]|\\.\\d)");

    // Cheap tests on the first character, so each pattern runs only where it can match.

    /** A mobile starts with 1, +86, 0086 or (+86). */
    private static final Scan.Start MOBILE_START = (text, i) -> {
        char c = text.charAt(i);
        return (c == '1' || c == '0' || c == '+' || c == '(') && Scan.NUMBER.at(text, i);
    };
    /** A landline starts with its area code's 0, bracketed or not. */
    private static final Scan.Start LANDLINE_START = (text, i) -> {
        char c = text.charAt(i);
        return c == '0' && !Scan.isDigit(Scan.before(text, i))
                || c == '(' && i + 1 < text.length() && text.charAt(i + 1) == '0';
    };
    /** An international number starts with + or 00. */
    private static final Scan.Start INTERNATIONAL_START = (text, i) -> {
        char c = text.charAt(i);
        return c == '+'
                || c == '0'
                        && i + 1 < text.length()
                        && text.charAt(i + 1) == '0'
                        && !Scan.isDigit(Scan.before(text, i));
    };
    /** A North American number starts with its area code, bracketed or not. */
    private static final Scan.Start NORTH_AMERICA_START = (text, i) -> {
        char c = text.charAt(i);
        return c == '(' || c >= '2' && c <= '9' && !Scan.isDigit(Scan.before(text, i));
    };

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Scan.each(text, CN_MOBILE, MOBILE_START, m -> {
            if (!Labels.endsBefore(Labels.REFERENCE, text, m.start(), 16)) {
                String digits = digits(m.group(), false);
                found.add(span(m, digits.substring(digits.length() - 11)));
            }
        });
        Scan.each(text, CN_LANDLINE, LANDLINE_START, m -> {
            if (!Labels.endsBefore(Labels.REFERENCE, text, m.start(), 16)) {
                found.add(span(m, digits(m.group(), false)));
            }
        });
        Scan.each(text, INTERNATIONAL, INTERNATIONAL_START, m -> {
            String digits = digits(m.group(), true);
            if (digits.startsWith("00")) {
                digits = digits.substring(2);
            }
            if (digits.length() >= 8 && digits.length() <= 15) {
                found.add(span(m, international(digits)));
            }
        });
        Scan.each(text, NORTH_AMERICA, NORTH_AMERICA_START, m -> found.add(span(m, "+1" + digits(m.group(), false))));
    }

    private static PiiSpan span(Matcher m, String value) {
        return new PiiSpan(PiiType.PHONE, m.start(), m.end(), value);
    }

    /** +86 numbers normalize like their domestic spelling; the rest keep their country code. */
    private static String international(String digits) {
        if (digits.startsWith("86")) {
            String national = digits.substring(2);
            if (national.length() == 11 && national.charAt(0) == '1') {
                return national;
            }
            return national.startsWith("0") ? national : "0" + national;
        }
        return "+" + digits;
    }

    /** The digits of a match; a "(0)" trunk prefix inside an international number is dropped. */
    private static String digits(String match, boolean dropTrunk) {
        String s = dropTrunk ? match.replace("(0)", "") : match;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
