package dev.rapport.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese resident identity numbers: 18 characters with the GB 11643 check, and the legacy 15
 * digits, which have no check digit, so they also need a real birth date and no order-number label.
 */
public final class ResidentIdDetector implements Detector {

    private static final Pattern ID18 = Pattern.compile("(?<![\\w+.-])[1-9]\\d{16}[\\dXx](?![\\w-]|\\.\\d)");
    private static final Pattern ID15 = Pattern.compile("(?<![\\w+.-])[1-9]\\d{14}(?![\\w-]|\\.\\d)");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Matcher m = ID18.matcher(text);
        while (m.find()) {
            if (Checksums.isResidentId(m.group())) {
                found.add(new PiiSpan(PiiType.CN_ID, m.start(), m.end(), m.group().toUpperCase(Locale.ROOT)));
            }
        }
        m = ID15.matcher(text);
        while (m.find()) {
            if (Checksums.isLegacyResidentId(m.group())
                    && !Labels.endsBefore(Labels.REFERENCE, text, m.start(), 16)) {
                found.add(new PiiSpan(PiiType.CN_ID, m.start(), m.end(), m.group()));
            }
        }
    }
}
