package dev.rapport.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English street addresses: a house number, one to three capitalized name words and a street
 * suffix (221B Baker Street, 1600 Amphitheatre Parkway), with the apartment before or after and
 * the town, state and postcode after. Capitalized names keep "2 hours on the road" out.
 */
public final class EnglishAddressDetector implements Detector {

    private static final String UNIT =
            "(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|Floor|Fl|Building|Bldg)\\.?\\s*#?[A-Za-z0-9-]{1,6}";
    private static final String SUFFIX =
            "(?:(?i:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Plaza|Parkway|Terrace|"
                    + "Square|Highway|Crescent|Circle|Gardens)|Way|Close|Row|Trail|Loop|Alley|Mews|"
                    + "St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Pkwy|Ter|Sq|Hwy|Cir)\\b\\.?";

    /** "Apt 12C, " or "Flat 3, " before the house number. */
    private static final Pattern UNIT_BEFORE = Pattern.compile("(?:" + UNIT + ",?\\s+){1,2}$");

    private static final Pattern ADDRESS = Pattern.compile("\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?\\s+"
            + "(?:(?:N|S|E|W|North|South|East|West)\\.?\\s+)?"
            + "(?:(?:[A-Z][a-z]+(?:'s)?|Mt|\\d{1,3}(?:st|nd|rd|th))\\.?\\s+){1,3}"
            + SUFFIX
            + "(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?"
            + "(?<unit>,?\\s*" + UNIT + ")?"
            + "(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}){0,2}"
            + "(?<postcode>,?\\s*(?:[A-Z]{2,3}\\s+\\d{4,5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})\\b)?");

    /**
     * Title case alone is weak ("Top 10 Best Place", "2 Park Avenue bags"), so a capitalized
     * street needs a word that places it ("at", "to", "is", "address"), a place in a list (after a
     * colon, comma or line break, or alone as the whole answer) or an apartment, ZIP code or
     * postcode of its own.
     */
    private static final Pattern PLACE_CUE = Pattern.compile(
            "(?:(?i:\\b(?:at|to|on|in|is|was|from|near|opposite|address(?:es)?|addr|live[sd]?|located|no\\.?))\\s*[:：]?"
                    + "|[:：,，;；\\n])\\s*$");

    private static final Pattern WHITESPACE_AND_COMMAS = Pattern.compile("[\\s,.]+");

    /**
     * Typed in lower case ("221b baker street"), the shape alone is too weak ("2 hours on the
     * road"): it counts only after words that introduce an address.
     */
    private static final Pattern LOWER_CASE = Pattern.compile(
            "\\d{1,5}[a-z]?\\s+(?:[a-z]+\\s+){1,2}(?:street|avenue|road|boulevard|lane|drive|parkway|terrace|court|place)\\b");

    private static final Pattern ADDRESS_CUE = Pattern.compile(
            "(?i:address|live[sd]? (?:at|on)|living at|ship(?:ped)? (?:it )?to|deliver(?:ed)? (?:it )?to|send (?:it"
                    + " )?to|moved to|located at)\\s*(?:is|was)?\\s*[:,]?\\s*$");

    /** A house number followed, after its letter and spaces, by a capital or a digit ("5th"). */
    private static final Scan.Start NAMED_STREET_START = (text, i) -> {
        char next = nextWordStart(text, i);
        return (Character.isUpperCase(next) || Scan.isDigit(next)) && Scan.HOUSE_NUMBER.at(text, i);
    };

    /** A house number followed by a lower-case word, right after an address cue ("ship to", "address is"). */
    private static final Scan.Start LOWER_CASE_START = (text, i) -> {
        char next = nextWordStart(text, i);
        return next >= 'a'
                && next <= 'z'
                && Scan.HOUSE_NUMBER.at(text, i)
                && Labels.endsBefore(ADDRESS_CUE, text, i, 24);
    };

    /** The first character of the word after the one at {@code i}, or 0. */
    private static char nextWordStart(String text, int i) {
        if (!Scan.isDigit(text.charAt(i))) {
            return 0;
        }
        int j = i + 1;
        while (j < text.length() && j - i < 8 && Scan.isAlphanumeric(text.charAt(j))) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != ' ') {
            return 0;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() ? text.charAt(j) : 0;
    }

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Scan.each(text, ADDRESS, NAMED_STREET_START, m -> {
            int start = unitStart(text, m.start());
            if (start < m.start()
                    || m.start("unit") >= 0
                    || m.start("postcode") >= 0
                    || Labels.endsBefore(PLACE_CUE, text, start, 16)
                    || isTheWholeAnswer(text, start, m.end())) {
                add(text, start, m.end(), found);
            }
        });
        Scan.each(text, LOWER_CASE, LOWER_CASE_START, m -> add(text, m.start(), m.end(), found));
    }

    private static boolean isTheWholeAnswer(String text, int start, int end) {
        if (!text.substring(0, start).isBlank()) {
            return false;
        }
        String rest = text.substring(end).strip();
        return rest.isEmpty() || ".,;\n".indexOf(rest.charAt(0)) >= 0;
    }

    private static int unitStart(String text, int number) {
        if (number == 0 || !Character.isWhitespace(text.charAt(number - 1))) {
            return number;
        }
        Matcher unit = UNIT_BEFORE.matcher(text);
        unit.region(Math.max(0, number - 40), number);
        return unit.find() ? unit.start() : number;
    }

    private static void add(String text, int start, int matchEnd, List<PiiSpan> found) {
        int end = matchEnd;
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ',')) {
            end--;
        }
        String value = WHITESPACE_AND_COMMAS
                .matcher(text.substring(start, end))
                .replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        found.add(new PiiSpan(PiiType.ADDRESS, start, end, value));
    }
}
