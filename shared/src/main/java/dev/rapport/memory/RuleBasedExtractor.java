package dev.rapport.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offline, deterministic extractor for Chinese and English, tuned for precision: a fact is only
 * taken from a clause whose subject is the customer, stated plainly (not asked, supposed, hedged,
 * remembered from the past, reported from someone else or about a one-off situation), in one of a
 * fixed set of shapes — or from a request to leave something out of recommendations, or from the
 * rest of a list a stance began. Instructions are refused before any fact rule sees them, and
 * placeholders of redacted personal data or street addresses are refused as facts.
 *
 * <p>Each fact carries the strength its clause states, and a like or avoidance given for a sensitive
 * reason (a religion, an allergy, a health condition) is filed in that sensitive category, so it is
 * kept only with the customer's consent like the reason itself.
 */
public final class RuleBasedExtractor implements MemoryExtractor {

    /** Loads what a first statement would (the stance model's weights) ahead of a snapshot; stores nothing. */
    public static void prime() {
        StanceModel.shipped().read("shellfish and me, not friends");
        new RuleBasedExtractor().extract(ExtractionInput.of("shellfish and me, not friends"));
    }

    @Override
    public Extraction extract(ExtractionInput input) {
        List<ForgetRequest> forgets = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Stated> stated = new ArrayList<>();
        List<Candidate> previous = List.of();
        for (Clause clause : Clauses.of(input.text())) {
            Optional<ForgetRequest> forget = Forgetting.parse(clause);
            List<Candidate> found = List.of();
            List<Candidate> learned = List.of();
            if (forget.isPresent()) {
                forgets.add(forget.get());
            } else if (Instructions.isInstruction(clause) && !leavesOut(clause)) {
                rejected.add(new Rejection(Rejection.Reason.INSTRUCTION, "", clause.text()));
            } else {
                found = strengthened(
                        clause.unreliable() ? SubjectlessStances.asked(clause) : facts(clause, previous), clause);
                if (found.isEmpty() && !clause.unreliable() && !explainsPrevious(clause, previous)) {
                    learned = strengthened(LearnedStances.of(clause, bareBefore(stated)), clause);
                }
            }
            stated.add(new Stated(clause, found, learned));
            previous = found.stream().filter(ListContinuation::continues).toList();
        }
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        String messageReasons = reasons(stated, s -> true);
        boolean ruled = stated.stream().anyMatch(s -> !s.found().isEmpty());
        for (Stated s : stated) {
            String sentenceReasons = s.clause().text() + " "
                    + reasons(
                            stated, o -> o.clause().sentence().equals(s.clause().sentence()));
            for (Candidate found : s.proposed(ruled)) {
                Candidate candidate = s.found().isEmpty()
                        ? LearnedStances.guarded(found, input.text())
                        : SensitiveReasons.applied(
                                found, sentenceReasons, s.clause().sentence(), messageReasons);
                if (isPersonalData(candidate)) {
                    rejected.add(Rejection.of(Rejection.Reason.PERSONAL_DATA, candidate));
                } else if (input.known().stream().noneMatch(candidate::restates)) {
                    // Within one message the later statement wins: "I wear M, no, L".
                    candidates.remove(candidate.slot());
                    candidates.put(candidate.slot(), candidate);
                }
            }
        }
        return new Extraction(SensitiveReasons.alike(candidates.values()), forgets, rejected);
    }

    /**
     * A clause and the facts it states, with strength: those the rules found, else those the stance model
     * read ({@link LearnedStances}).
     */
    private record Stated(Clause clause, List<Candidate> found, List<Candidate> learned) {

        /**
         * What the clause proposes. A clause the rules found nothing in may still be the reason for
         * another's stance ("I'm severely allergic, so no peanuts"): then it is that, not a stance of its own.
         */
        List<Candidate> proposed(boolean ruledElsewhere) {
            if (!found.isEmpty()) {
                return found;
            }
            boolean reason = Topics.sensitiveReason(clause.text()).isPresent();
            return ruledElsewhere && reason ? List.of() : learned;
        }
    }

    /** The clause before, if it stated nothing: what a bare verdict after it may be about. */
    private static Optional<Clause> bareBefore(List<Stated> stated) {
        return stated.isEmpty()
                ? Optional.empty()
                : Optional.of(stated.getLast())
                        .filter(s -> s.found().isEmpty() && s.learned().isEmpty())
                        .map(Stated::clause);
    }

    private static List<Candidate> strengthened(List<Candidate> found, Clause clause) {
        return found.stream()
                .map(c -> c.strength() == Strength.NORMAL ? c.withStrength(Strength.of(clause.text())) : c)
                .toList();
    }

    /** "wool makes me itch" after "I avoid wool": the reason for the stance before, not a stance of its own. */
    private static boolean explainsPrevious(Clause clause, List<Candidate> previous) {
        return !clause.firstPerson() && !previous.isEmpty() && SubjectlessStances.explains(clause);
    }

    /**
     * The clauses that can give a reason for others: those stating no fact of their own ("I'm
     * severely allergic", "Due to religious beliefs"), religions ("I'm Muslim", "I'm halal") and
     * conditions ("I'm celiac"). An allergy with its own object ("I'm allergic to peanuts and I love
     * black jackets") explains nothing else.
     */
    private static String reasons(List<Stated> stated, java.util.function.Predicate<Stated> where) {
        return stated.stream()
                .filter(where)
                .filter(s -> s.found().isEmpty()
                        || Topics.sensitiveReason(s.clause().text())
                                .filter(r -> r != MemoryCategory.ALLERGY)
                                .isPresent())
                .map(s -> s.clause().text())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * "Never suggest anything with feathers" has the shape of a standing order, but what it asks is
     * to leave something out: an avoidance, kept as one unless it also reaches for rules or powers.
     */
    private static boolean leavesOut(Clause clause) {
        return !clause.firstPerson()
                && !clause.unreliable()
                && !Instructions.claimsPowers(clause)
                && !SubjectlessStances.of(clause).isEmpty();
    }

    private static List<Candidate> facts(Clause clause, List<Candidate> previous) {
        if (clause.firstPerson()) {
            return FactRules.of(clause);
        }
        if (!previous.isEmpty() && SubjectlessStances.explains(clause)) {
            return List.of();
        }
        List<Candidate> requested = SubjectlessStances.of(clause);
        if (!requested.isEmpty() || previous.isEmpty()) {
            return requested;
        }
        return ListContinuation.of(previous.getLast(), clause);
    }

    static boolean isPersonalData(Candidate candidate) {
        return candidate.slot().startsWith(MemoryCategory.ADDRESS_SLOT)
                || Phrase.holdsPlaceholder(candidate.statement())
                || Phrase.holdsPlaceholder(candidate.value());
    }
}
