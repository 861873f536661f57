package dev.rapport.memory;

import java.util.Optional;

/**
 * A like or avoidance given for a sensitive reason is as sensitive as the reason: "Due to religious
 * beliefs, I avoid pork" tells the religion, "I'm allergic, so no peanuts" the allergy. Such a fact
 * is filed in the reason's category, so it is kept only with the customer's consent, like the reason.
 */
final class SensitiveReasons {

    private SensitiveReasons() {}

    /**
     * The candidate in the category of the reason its sentence gives. A religion also explains a diet
     * ("我信佛，吃素"), an allergy beside a diet does not ("I'm vegan and allergic to soy"). A food
     * stance anywhere in a message that names one counts too ("I'm Muslim. I don't eat pork.").
     */
    static Candidate applied(Candidate candidate, String sentence, String message) {
        if (candidate.category().sensitive() || !isStance(candidate)) {
            return candidate;
        }
        boolean object = candidate.slot().startsWith("preference:");
        Optional<MemoryCategory> reason = Topics.sensitiveReason(sentence)
                .filter(r -> object || r == MemoryCategory.RELIGION)
                .or(() -> object && candidate.category() == MemoryCategory.DIET
                        ? Topics.sensitiveReason(message)
                        : Optional.empty());
        return reason.map(candidate::inCategory).orElse(candidate);
    }

    private static boolean isStance(Candidate candidate) {
        return switch (candidate.category()) {
            case DIET, DISLIKE, PREFERENCE -> true;
            default -> false;
        };
    }
}
