package dev.rapport.privacy.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every detector and settles overlaps, so each character belongs to at most one span: the
 * longer span wins ("wei13812345678@qq.com" is an email, not a phone), and between equal lengths
 * the earlier detector in the list (an 18-digit number valid both as an id and under Luhn is an id).
 */
public final class PiiDetection {

    private static final List<Detector> DETECTORS = List.of(
            new EmailDetector(),
            new ResidentIdDetector(),
            new BankCardDetector(),
            new PhoneDetector(),
            new PassportDetector(),
            new ChineseAddressDetector(),
            new EnglishAddressDetector());

    /** Found from the words around them, so also in messages without a digit or an '@'. */
    private static final List<Detector> CUED = List.of(new MessagingIdDetector(), new NameDetector());

    private static final Comparator<PiiSpan> LONGEST_FIRST =
            Comparator.comparingInt(PiiSpan::length).reversed().thenComparingInt(PiiSpan::start);

    private PiiDetection() {}

    /** Non-overlapping spans in text order. */
    public static List<PiiSpan> find(String text) {
        String folded = foldFullWidth(text);
        List<PiiSpan> found = new ArrayList<>(4);
        // Every kind but email, names and messaging ids contains digits; most chat messages have none.
        if (Scan.hasDigit(folded) || folded.indexOf('@') >= 0) {
            for (Detector detector : DETECTORS) {
                detector.detect(folded, found);
            }
        }
        for (Detector detector : CUED) {
            detector.detect(folded, found);
        }
        if (found.size() < 2) {
            return found;
        }
        // Stable sort: equal lengths at the same place keep detector order.
        List<PiiSpan> byLength = new ArrayList<>(found);
        byLength.sort(LONGEST_FIRST);
        List<PiiSpan> kept = new ArrayList<>(found.size());
        BitSet taken = new BitSet(text.length());
        for (PiiSpan span : byLength) {
            int clash = taken.nextSetBit(span.start());
            if (clash < 0 || clash >= span.end()) {
                kept.add(span);
                taken.set(span.start(), span.end());
            }
        }
        kept.sort(Comparator.comparingInt(PiiSpan::start));
        return kept;
    }

    /**
     * Chinese input methods often type digits, letters and @ full-width (１３８…). Folding them to
     * ASCII keeps every offset (one UTF-16 unit each) and gives both spellings one normalized value.
     */
    static String foldFullWidth(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c - 0xFEE0);
            }
        }
        return chars == null ? text : new String(chars);
    }
}
