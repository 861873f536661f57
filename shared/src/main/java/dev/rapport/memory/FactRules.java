package dev.rapport.memory;

import java.util.List;
import java.util.stream.Stream;

/** All fact rules of both languages; the first that matches a clause decides what it states. */
final class FactRules {

    private static final List<FactRule> ALL = Stream.of(
                    EnglishFacts.RULES,
                    PriceStances.RULES,
                    EnglishStances.RULES,
                    ChineseFacts.RULES,
                    ChineseStances.RULES)
            .flatMap(List::stream)
            .toList();

    private FactRules() {}

    static List<Candidate> of(Clause clause) {
        for (FactRule rule : ALL) {
            List<Candidate> candidates = rule.apply(clause);
            if (!candidates.isEmpty()) {
                return candidates;
            }
        }
        return List.of();
    }
}
