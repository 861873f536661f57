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

    /** "E12345678 是我的护照号" reads backwards; "passport number is E12345678" forwards and longer. */
    private static final int WINDOW_BEFORE = 16;

    private static final int WINDOW_AFTER = 24;

    @Override
    public void detect(String text, List<PiiSpan> found) {
        int mention = Labels.passportMention(text, 0);
        if (mention < 0) {
            return;
        }
        Matcher number = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        // Only the stretch around each mention of a passport is searched.
        for (; mention >= 0; mention = Labels.passportMention(text, mention + 1)) {
            int start = Math.max(from, mention - WINDOW_BEFORE);
            int end = Math.min(text.length(), mention + Labels.passportLength(text, mention) + WINDOW_AFTER);
            if (start >= end) {
                continue;
            }
            number.region(start, end);
            while (number.find()) {
                found.add(new PiiSpan(
                        PiiType.PASSPORT,
                        number.start(),
                        number.end(),
                        number.group().toUpperCase(Locale.ROOT)));
            }
            from = end;
        }
    }
}
