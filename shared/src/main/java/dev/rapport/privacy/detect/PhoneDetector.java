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

    private static final Pattern CN_MOBILE = Pattern.compile(
            "(?<![\\w+])(?:(?:\\+|00)\\s?86[ -]?|[(（]\\+?86[)）]\\s?)?1[3-9]\\d[ .-]?\\d{4}[ .-]?\\d{4}(?![\\w-]|\\.\\d)");

    private static final String AREA = "0(?:10|2\\d|[3-9]\\d{2})";
    private static final Pattern CN_LANDLINE = Pattern.compile(
            "(?<![\\w+.-])(?:[(（]" + AREA + "[)）]\\s?|" + AREA + "[ -]?)[1-9]\\d{2,3}[ -]?\\d{4}(?![\\w-]|\\.\\d)");

    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])(?:\\+\\s?[1-9]\\d{0,2}|00[1-9]\\d{0,2}(?=[ -]))(?:[ .-]?(?:\\(0?\\d{1,4}\\)|\\d{1,5})){1,7}(?![\\w-])");

    /**
     * Area codes N00 (toll-free 800, and 400 which China uses for company hotlines) and N11 are
     * service numbers, not someone's phone.
     */
    private static final String NANP_AREA = "[2-9](?!00|11)\\d{2}";
    private static final Pattern NORTH_AMERICA = Pattern.compile(
            "(?<![\\w+(.-])(?:\\(" + NANP_AREA + "\\)\\s?|" + NANP_AREA + "[ .-])[2-9]\\d{2}[ .-]\\d{4}(?![\\w-]|\\.\\d)");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Matcher m = CN_MOBILE.matcher(text);
        while (m.find()) {
            if (!Labels.endsBefore(Labels.REFERENCE, text, m.start(), 16)) {
                String digits = digits(m.group(), false);
                found.add(span(m, digits.substring(digits.length() - 11)));
            }
        }
        m = CN_LANDLINE.matcher(text);
        while (m.find()) {
            if (!Labels.endsBefore(Labels.REFERENCE, text, m.start(), 16)) {
                found.add(span(m, digits(m.group(), false)));
            }
        }
        m = INTERNATIONAL.matcher(text);
        while (m.find()) {
            String digits = digits(m.group(), true);
            if (digits.startsWith("00")) {
                digits = digits.substring(2);
            }
            if (digits.length() >= 8 && digits.length() <= 15) {
                found.add(span(m, international(digits)));
            }
        }
        m = NORTH_AMERICA.matcher(text);
        while (m.find()) {
            found.add(span(m, "+1" + digits(m.group(), false)));
        }
    }

    private static PiiSpan span(Matcher m, String value) {
        return new PiiSpan(PiiType.PHONE, m.start(), m.end(), value);
    }

    /** +86 numbers normalize like their domestic spelling; the rest keep their country code. */
    private static String international(String digits) {
        if (digits.startsWith("86")) {
            String national = digits.substring(2);
            return national.length() == 11 && national.charAt(0) == '1' ? national : "0" + national;
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
