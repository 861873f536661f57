package dev.rapport.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passport numbers (Chinese E12345678, EA1234567, G12345678; nine digits or a letter and eight
 * digits elsewhere). Those shapes are also SKUs, order and member numbers, so a number counts only
 * with 护照 / passport close by.
 */
public final class PassportDetector implements Detector {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])(?:[A-Za-z]{1,2}\\d{7,8}|\\d{9})(?![\\w-])");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        if (!Labels.PASSPORT.matcher(text).find()) {
            return;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (Labels.near(Labels.PASSPORT, text, m.start(), m.end(), 24, 12)) {
                found.add(new PiiSpan(PiiType.PASSPORT, m.start(), m.end(), m.group().toUpperCase(Locale.ROOT)));
            }
        }
    }
}
