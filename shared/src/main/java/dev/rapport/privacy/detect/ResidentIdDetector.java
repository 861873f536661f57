package dev.rapport.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chinese resident identity numbers: 18 characters with the GB 11643 check, and the legacy 15
 * digits, which have no check digit, so they also need a real birth date and no order-number label.
 */
public final class ResidentIdDetector implements Detector {

    private static final Pattern ID = Pattern.compile("(?<![\\w+.-])[1-9]\\d{14}(?:\\d{2}[\\dXx])?(?![\\w-]|\\.\\d)");
    /** Spaced as area, birth date, sequence and check ("110105 19491231 002X"), as some people copy it off the card. */
    private static final Pattern ID_SPACED = Pattern.compile("(?<![\\w+.-])[1-9]\\d{5} \\d{8} \\d{3}[\\dXx](?![\\w-])");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Scan.each(text, ID, Scan.NUMBER, m -> {
            String id = m.group();
            if (id.length() == 18
                    ? Checksums.isResidentId(id)
                    : Checksums.isLegacyResidentId(id) && !Labels.endsBefore(Labels.REFERENCE, text, m.start(), 16)) {
                found.add(new PiiSpan(PiiType.CN_ID, m.start(), m.end(), id.toUpperCase(Locale.ROOT)));
            }
        });
        Scan.each(text, ID_SPACED, Scan.NUMBER, m -> {
            String id = m.group().replace(" ", "");
            if (Checksums.isResidentId(id)) {
                found.add(new PiiSpan(PiiType.CN_ID, m.start(), m.end(), id.toUpperCase(Locale.ROOT)));
            }
        });
    }
}
