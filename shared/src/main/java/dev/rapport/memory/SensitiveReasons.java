package dev.rapport.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        if (candidate.sensitive()) {
            return candidate;
        }
        return (isStance(candidate) ? reason(candidate, reasons, sentence, message) : Optional.<MemoryCategory>empty())
                .or(() -> RevealingObject.of(candidate))
                .or(() -> SensitiveTopic.of(ownWords(candidate)))
                .map(candidate::inCategory)
                .orElse(candidate);
    }

    private static Optional<MemoryCategory> reason(
            Candidate candidate, String reasons, String sentence, String message) {
        boolean object = isObjectStance(candidate);
        boolean constraint = candidate.polarity() != Polarity.LIKES || candidate.category() == MemoryCategory.DIET;
        return Topics.sensitiveReason(reasons)
                .filter(r -> object || r == MemoryCategory.RELIGION)
                .or(() -> constraint
                        ? Topics.sensitiveReason(sentence).filter(r -> object || r != MemoryCategory.ALLERGY)
                        : Optional.empty())
                .or(() -> constraint
                        ? Topics.sensitiveReason(message).filter(r -> object || r == MemoryCategory.RELIGION)
                        : Optional.empty());
    }

    /**
     * The same reading where the message is all there is to go on, as for a model's proposals. A fact
     * proposed without a quote is kept with the whole message as its provenance, so the message is then
     * its own words too.
     */
    static Candidate applied(Candidate candidate, String message) {
        Candidate read = applied(candidate, message, message, message);
        if (read.sensitive() || !candidate.quote().isBlank()) {
            return read;
        }
        return SensitiveTopic.of(message).map(read::inCategory).orElse(read);
    }

    /**
     * The candidates of one message, each object as sensitive as the most sensitive word on it: "我对芒果过敏。
     * 不吃芒果。" keeps neither mango fact without consent. A reason misread as a stance of its own
     * ("No strawberries please. Severe alergy.") is still the message's reason for every avoidance of an
     * object in it, as a reason said on its own is.
     */
    static List<Candidate> alike(Collection<Candidate> candidates) {
        Map<String, MemoryCategory> sensitiveObjects = new HashMap<>();
        Optional<MemoryCategory> misread = Optional.empty();
        for (Candidate c : candidates) {
            if (c.sensitive()) {
                sensitiveObjects.putIfAbsent(key(c), c.category());
                misread = misread.or(() -> isObjectStance(c) ? SensitiveTopic.of(c.object()) : Optional.empty());
            }
        }
        Optional<MemoryCategory> reason = misread;
        return candidates.stream()
                .map(c -> c.sensitive()
                        ? c
                        : Optional.ofNullable(sensitiveObjects.get(key(c)))
                                .or(() ->
                                        isObjectStance(c) && c.polarity() != Polarity.LIKES ? reason : Optional.empty())
                                .map(c::inCategory)
                                .orElse(c))
                .toList();
    }

    private static boolean isObjectStance(Candidate candidate) {
        return candidate.slot().startsWith("preference:");
    }

    /** What a fact is about whatever its slot says of it: "allergy:peanut" and "preference:peanut" alike. */
    private static String key(Candidate candidate) {
        String slot = candidate.slot();
        String key = slot.substring(slot.indexOf(':') + 1);
        int days = key.indexOf('@');
        return (days < 0 ? key : key.substring(0, days)).toLowerCase(Locale.ROOT);
    }

    /** Everything of a fact that is kept: a word of a condition or a faith on any of it tells it. */
    private static String ownWords(Candidate candidate) {
        return String.join(
                " ", candidate.statement(), candidate.object(), candidate.value(), candidate.slot(), candidate.quote());
    }

    private static boolean isStance(Candidate candidate) {
        return switch (candidate.category()) {
            case DIET, DISLIKE, PREFERENCE -> true;
            default -> false;
        };
    }
}
