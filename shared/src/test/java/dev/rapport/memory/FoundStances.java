package dev.rapport.memory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the rules find in one statement, as "polarity:object" strings the shape tests compare. */
final class FoundStances {

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();

    private FoundStances() {}

    /** "avoids:葱; avoids:姜" as the list {@link #in} gives for it. */
    static List<String> listed(String expected) {
        return Arrays.stream(expected.split(";")).map(String::strip).toList();
    }

    /** The candidates the rules and the stance model propose for one message. */
    static List<Candidate> said(String text) {
        return EXTRACTOR.extract(ExtractionInput.of(text)).candidates();
    }

    static List<String> in(String statement) {
        return said(statement).stream()
                .map(c -> c.polarity().name().toLowerCase(Locale.ROOT) + ":" + c.object())
                .toList();
    }
}
