package dev.rapport.memory;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One way of stating a fact, anchored at the start of a first-person clause. */
record FactRule(Pattern pattern, Builder builder) {

    /** Confidence of a fact stated in one of the rule shapes; vaguer shapes are not rules at all. */
    static final double CONFIDENCE = 0.9;

    @FunctionalInterface
    interface Builder {
        Optional<Candidate> build(MatchResult match, String quote);
    }

    static FactRule of(String regex, Builder builder) {
        return new FactRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), builder);
    }

    /** A rule whose fact is entirely fixed by matching, such as "I'm vegan". */
    static FactRule fixed(String regex, MemoryCategory category, String slot, String value, String statement) {
        return of(regex, (m, quote) -> Optional.of(new Candidate(category, slot, value, statement, CONFIDENCE, quote)));
    }

    /** A like, dislike or avoidance of the phrase in group 1, in the slot {@code preference:<phrase>}. */
    static FactRule preference(String regex, boolean chinese, MemoryCategory category, String value, String verb) {
        return of(
                regex,
                (m, quote) -> phrase(m.group(1), chinese)
                        .map(p -> new Candidate(
                                category,
                                "preference:" + p.key(),
                                value,
                                verb + (chinese ? "" : " ") + p.text(),
                                CONFIDENCE,
                                quote)));
    }

    /** A fact keyed by the phrase in group 1, in the slot {@code <prefix>:<phrase>}. */
    static FactRule keyed(
            String regex,
            boolean chinese,
            MemoryCategory category,
            String prefix,
            String value,
            String before,
            String after) {
        return of(
                regex,
                (m, quote) -> phrase(m.group(1), chinese)
                        .map(p -> new Candidate(
                                category,
                                prefix + ':' + p.key(),
                                value,
                                before + p.text() + after,
                                CONFIDENCE,
                                quote)));
    }

    Optional<Candidate> apply(Clause clause) {
        Matcher matcher = pattern.matcher(clause.text());
        return matcher.find() ? builder.build(matcher.toMatchResult(), clause.text()) : Optional.empty();
    }

    private static Optional<Phrase> phrase(String raw, boolean chinese) {
        return chinese ? Phrase.chinese(raw) : Phrase.english(raw);
    }
}
