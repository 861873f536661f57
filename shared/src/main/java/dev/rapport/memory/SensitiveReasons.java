package dev.rapport.memory;

import java.util.Optional;

/**
 * A like or avoidance given for a sensitive reason is as sensitive as the reason: "Due to religious
 * beliefs, I avoid pork" tells the religion, "I'm allergic, so no peanuts" the allergy. Such a fact
 * is filed in the reason's category, so it is kept only with the customer's consent, like the reason.
 *
 * <p>It fails safe: a constraint (an avoidance, a requirement, a diet) near any sensitive reason takes
 * the reason's category, since a stance kept without consent cannot be taken back, while one asked about
 * needlessly costs a question. Only likes need the reason in their own sentence's reasons.
 */
final class SensitiveReasons {

    private SensitiveReasons() {}

    /**
     * The candidate in the category of the reason its sentence gives. A religion also explains a diet
     * ("我信佛，吃素"), an allergy beside a diet does not ("I'm vegan and allergic to soy"), nor does an
     * allergy with an object of its own explain a like ("I'm allergic to peanuts and I love black
     * jackets"). A stance on an object anywhere in a message that gives a reason counts too ("I'm Muslim. I
     * don't eat pork.", "I avoid nickel. It gives me a rash."); a diet elsewhere, only for a religion.
     *
     * @param reasons the clause and the clauses of its sentence that state nothing of their own
     * @param sentence the whole sentence, every clause
     * @param message the clauses of the message that can explain another (see {@code reasons})
     */
    static Candidate applied(Candidate candidate, String reasons, String sentence, String message) {
        if (candidate.category().sensitive() || !isStance(candidate)) {
            return candidate;
        }
        boolean object = candidate.slot().startsWith("preference:");
        boolean constraint = candidate.polarity() != Polarity.LIKES || candidate.category() == MemoryCategory.DIET;
        Optional<MemoryCategory> reason = Topics.sensitiveReason(reasons)
                .filter(r -> object || r == MemoryCategory.RELIGION)
                .or(() -> constraint
                        ? Topics.sensitiveReason(sentence).filter(r -> object || r != MemoryCategory.ALLERGY)
                        : Optional.empty())
                .or(() -> constraint
                        ? Topics.sensitiveReason(message).filter(r -> object || r == MemoryCategory.RELIGION)
                        : Optional.empty());
        return reason.map(candidate::inCategory).orElse(candidate);
    }

    /** The same reading where the message is all there is to go on, as for a model's proposals. */
    static Candidate applied(Candidate candidate, String message) {
        return applied(candidate, message, message, message);
    }

    private static boolean isStance(Candidate candidate) {
        return switch (candidate.category()) {
            case DIET, DISLIKE, PREFERENCE -> true;
            default -> false;
        };
    }
}
