package dev.rapport.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sensitive fact the customer stated while sensitive memory is off, and the question put to them
 * about keeping it. It waits on the session for the next turn only. The fact and its wording come
 * from the redacted message, so neither the question nor a stored answer holds personal data.
 *
 * @param fact what would be remembered on a yes
 * @param statedIn the turn that stated it: the memory's provenance on a yes
 */
public record ConsentQuestion(Candidate fact, Provenance statedIn) {

    public ConsentQuestion {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(statedIn, "statedIn");
    }

    /**
     * The first sensitive fact among {@code candidates} worth asking about: one the book does not hold
     * already and the customer has not declined before. Empty unless memory is on and the global
     * sensitive switch off (then there is nothing to ask: it is either never kept or kept anyway).
     */
    public static Optional<ConsentQuestion> about(
            List<Candidate> candidates, MemoryBook book, Consent consent, Provenance statedIn) {
        if (!consent.memoryEnabled() || consent.sensitiveAllowed()) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(Candidate::sensitive)
                .filter(c -> c.confidence() >= MemoryBook.MIN_CONFIDENCE && !RuleBasedExtractor.isPersonalData(c))
                .filter(c -> !book.declined(c) && book.current().stream().noneMatch(c::restates))
                .findFirst()
                .map(c -> new ConsentQuestion(c, statedIn));
    }

    /** The question, naming the fact and why it would be kept. */
    public String ask(boolean chinese) {
        boolean avoids = fact.polarity() == Polarity.AVOIDS;
        if (LearnedStances.inOwnWords(fact)) {
            return (chinese
                            ? "要我记住您说的“" + fact.quote() + "”吗？"
                            : "Shall I remember what you told me, “" + fact.quote() + "”? ")
                    + (chinese ? (avoids ? "以后为您推荐时会避开。" : "以后为您推荐时会考虑到这一点。") : reason(avoids));
        }
        if (chinese) {
            return "要我记住您" + fact.statement() + "吗？" + (avoids ? "以后为您推荐时会避开。" : "以后为您推荐时会考虑到这一点。");
        }
        return "Shall I remember that " + secondPerson(fact.statement()) + "? " + reason(avoids);
    }

    private static String reason(boolean avoids) {
        return avoids ? "I'll avoid them when I recommend things." : "I'll keep it in mind when I recommend things.";
    }

    /** What the customer is told once they answered. */
    public String acknowledge(boolean granted, boolean chinese) {
        if (granted && LearnedStances.inOwnWords(fact)) {
            return chinese ? "好的，我记住了您说的“" + fact.quote() + "”。" : "Got it: I'll remember “" + fact.quote() + "”.";
        }
        if (chinese) {
            return granted ? "好的，我记住了：您" + fact.statement() + "。" : "好的，这一点我不会记住，也不会再问您。";
        }
        return granted
                ? "Got it: I'll remember that " + secondPerson(fact.statement()) + "."
                : "All right, I won't remember that, and I won't ask again.";
    }

    /**
     * "is allergic to nuts" → "you're allergic to nuts", "does not eat pork" → "you don't eat pork", "only
     * fragrance-free soap" → "you only want fragrance-free soap"; statements are written about the customer.
     */
    private static String secondPerson(String statement) {
        if (statement.startsWith("is ")) {
            return "you're " + statement.substring(3);
        }
        if (statement.startsWith("has ")) {
            return "you have " + statement.substring(4);
        }
        if (statement.startsWith("does not ")) {
            return "you don't " + statement.substring(9);
        }
        if (statement.startsWith("only ")) {
            return "you only want " + statement.substring(5);
        }
        return "you " + statement.replaceFirst("^(\\w+?)s\\b", "$1");
    }
}
