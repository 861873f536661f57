package dev.rapport.privacy.detect;

import java.util.List;

/** What the detectors found in a text, as "TYPE:matched text", for readable assertions. */
final class Found {

    private Found() {}

    static List<String> in(String text) {
        return PiiDetection.find(text).stream()
                .map(s -> s.type() + ":" + text.substring(s.start(), s.end()))
                .toList();
    }

    static String valueOf(String text) {
        List<PiiSpan> spans = PiiDetection.find(text);
        if (spans.size() != 1) {
            throw new AssertionError("expected one span in \"" + text + "\" but found " + Found.in(text));
        }
        return spans.get(0).value();
    }
}
