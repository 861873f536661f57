package dev.rapport.memory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** All fact rules of both languages; the first that matches a clause decides what it states. */
final class FactRules {

    private static final List<FactRule> ALL = Stream.concat(EnglishFacts.RULES.stream(), ChineseFacts.RULES.stream())
            .toList();

    private FactRules() {}

    static Optional<Candidate> first(Clause clause) {
        for (FactRule rule : ALL) {
            Optional<Candidate> candidate = rule.apply(clause);
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }
}
