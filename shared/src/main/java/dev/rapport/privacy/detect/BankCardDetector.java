package dev.rapport.privacy.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13-19 digits, written solid or in groups, from a card network's issuer
 * range, passing Luhn, and not labelled as an order, tracking or invoice number.
 */
public final class BankCardDetector implements Detector {

    private static final Pattern CARD =
            Pattern.compile("(?<![\\w+.-])(?:\\d{13,19}|\\d{4,6}(?:[ -]\\d{1,7}){1,4})(?![\\w-]|\\.\\d)");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Scan.each(text, CARD, Scan.NUMBER, m -> {
            int end = m.end();
            // A card followed by an unrelated spaced number ("…1111 3 件") is read as one candidate:
            // drop trailing groups until the digits validate.
            while (end > m.start()) {
                String digits = digitsOf(text, m.start(), end);
                if (digits.length() < 13) {
                    break;
                }
                if (digits.length() <= 19 && Checksums.isCardIssuer(digits) && Checksums.isLuhn(digits)) {
                    if (!Labels.endsBefore(Labels.REFERENCE, text, m.start(), 16)) {
                        found.add(new PiiSpan(PiiType.BANK_CARD, m.start(), end, digits));
                    }
                    break;
                }
                end = lastSeparator(text, m.start(), end);
            }
        });
    }

    private static String digitsOf(String text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static int lastSeparator(String text, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                return i;
            }
        }
        return start;
    }
}
