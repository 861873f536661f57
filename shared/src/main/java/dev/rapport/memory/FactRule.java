package dev.rapport.memory;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of stating a fact, anchored at the start of a first-person clause. A rule about an object
 * yields one fact per item of a list ("leather, wool or silk", "葱、姜和蒜").
 */
record FactRule(Pattern pattern, Builder builder) {

    /** Confidence of a fact stated in one of the rule shapes; vaguer shapes are not rules at all. */
    static final double CONFIDENCE = 0.9;

    @FunctionalInterface
    interface Builder {
        List<Candidate> build(MatchResult match, String quote);
    }

    @FunctionalInterface
    interface Single {
        Optional<Candidate> build(MatchResult match, String quote);
    }

    static FactRule of(String regex, Single builder) {
        return many(regex, (m, quote) -> builder.build(m, quote).stream().toList());
    }

    static FactRule many(String regex, Builder builder) {
        return new FactRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), builder);
    }

    /** A rule whose fact is entirely fixed by matching, such as "I'm vegan". */
    static FactRule fixed(String regex, MemoryCategory category, String slot, String value, String statement) {
        return of(regex, (m, quote) -> Optional.of(new Candidate(category, slot, value, statement, CONFIDENCE, quote)));
    }

    /** A like, dislike or avoidance of each item in group 1, in the slot {@code preference:<item>}. */
    static FactRule preference(String regex, boolean chinese, MemoryCategory category, String value, String verb) {
        return keyed(regex, chinese, category, "preference", value, verb + (chinese ? "" : " "), "");
    }

    /**
     * A like, avoidance or requirement of each item in group 1 whose category follows from the item:
     * food and drink are {@link MemoryCategory#DIET}, anything else a preference or dislike.
     */
    static FactRule stance(String regex, boolean chinese, String value, String verb) {
        return many(
                regex,
                (m, quote) -> Phrase.list(m.group(1), chinese).stream()
                        .map(p -> stance(p, quote, chinese, value, verb))
                        .toList());
    }

    /**
     * What the customer buys, wears or eats "only": a strict like of a brand ("I only buy Apple
     * products"), a requirement of anything else ("I only wear cotton", "我只吃有机蔬菜").
     */
    static FactRule only(String regex, boolean chinese) {
        return many(
                regex,
                (m, quote) -> Phrase.list(m.group(1), chinese).stream()
                        .map(p -> Brands.of(p.text(), quote, chinese)
                                .map(brand -> new Candidate(
                                        MemoryCategory.PREFERENCE,
                                        "preference:" + p.key().replaceFirst("^(?:at|from) ", ""),
                                        "likes",
                                        (chinese ? "喜欢" : "likes ") + p.text().replaceFirst("^(?:at|from) ", ""),
                                        CONFIDENCE,
                                        quote,
                                        Polarity.LIKES,
                                        p.text().replaceFirst("^(?:at|from) ", ""),
                                        null))
                                .orElseGet(() -> stance(p, quote, chinese, "requires", chinese ? "只要" : "only")))
                        .toList());
    }

    private static Candidate stance(Phrase p, String quote, boolean chinese, String value, String verb) {
        return new Candidate(
                Topics.categoryOf(p.text(), value),
                "preference:" + p.key(),
                value,
                verb + (chinese ? "" : " ") + p.text(),
                CONFIDENCE,
                quote,
                Polarity.of(value),
                p.text(),
                null);
    }

    /** A fact about each item in group 1, in the slot {@code <prefix>:<item>}. */
    static FactRule keyed(
            String regex,
            boolean chinese,
            MemoryCategory category,
            String prefix,
            String value,
            String before,
            String after) {
        return many(
                regex,
                (m, quote) -> Phrase.list(m.group(1), chinese).stream()
                        .map(p -> new Candidate(
                                category,
                                prefix + ':' + p.key(),
                                value,
                                before + p.text() + after,
                                CONFIDENCE,
                                quote,
                                null,
                                p.text(),
                                null))
                        .toList());
    }

    List<Candidate> apply(Clause clause) {
        Matcher matcher = pattern.matcher(clause.text());
        return matcher.find() ? builder.build(matcher.toMatchResult(), clause.text()) : List.of();
    }
}
