package dev.rapport.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offline, deterministic extractor for Chinese and English, tuned for precision: a fact is only
 * taken from a clause whose subject is the customer, stated plainly (not asked, supposed, hedged,
 * remembered from the past or reported from someone else), in one of a fixed set of shapes.
 * Instructions are refused before any fact rule sees them, and placeholders of redacted personal
 * data or street addresses are refused as facts.
 */
public final class RuleBasedExtractor implements MemoryExtractor {

    @Override
    public Extraction extract(ExtractionInput input) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        List<ForgetRequest> forgets = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Clause clause : Clauses.of(input.text())) {
            Optional<ForgetRequest> forget = Forgetting.parse(clause);
            if (forget.isPresent()) {
                forgets.add(forget.get());
            } else if (Instructions.isInstruction(clause)) {
                rejected.add(new Rejection(Rejection.Reason.INSTRUCTION, "", clause.text()));
            } else if (clause.firstPerson() && !clause.unreliable()) {
                FactRules.first(clause).ifPresent(candidate -> {
                    if (isPersonalData(candidate)) {
                        rejected.add(Rejection.of(Rejection.Reason.PERSONAL_DATA, candidate));
                    } else if (input.known().stream().noneMatch(candidate::restates)) {
                        // Within one message the later statement wins: "I wear M, no, L".
                        candidates.remove(candidate.slot());
                        candidates.put(candidate.slot(), candidate);
                    }
                });
            }
        }
        return new Extraction(List.copyOf(candidates.values()), forgets, rejected);
    }

    static boolean isPersonalData(Candidate candidate) {
        return candidate.slot().startsWith(MemoryCategory.ADDRESS_SLOT)
                || Phrase.holdsPlaceholder(candidate.statement())
                || Phrase.holdsPlaceholder(candidate.value());
    }
}
