package dev.rapport.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses; the value is lower-cased since mailboxes are case-insensitive in practice. */
public final class EmailDetector implements Detector {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        // Work outwards from each '@': a search from every character backtracks over every word.
        Matcher m = null;
        int covered = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > covered && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            if (start == at) {
                continue;
            }
            if (m == null) {
                m = EMAIL.matcher(text);
            }
            m.region(start, text.length());
            if (m.lookingAt()) {
                found.add(new PiiSpan(PiiType.EMAIL, start, m.end(), m.group().toLowerCase(Locale.ROOT)));
                covered = m.end();
                at = m.end() - 1;
            }
        }
    }

    private static boolean isLocalPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ".%+-_".indexOf(c) >= 0;
    }
}
