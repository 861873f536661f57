package dev.rapport.memory;

import java.util.List;

/** What one customer message yields: facts to consider, things to forget, and what was refused. */
public record Extraction(List<Candidate> candidates, List<ForgetRequest> forgets, List<Rejection> rejected) {

    public Extraction {
        candidates = List.copyOf(candidates);
        forgets = List.copyOf(forgets);
        rejected = List.copyOf(rejected);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of());
    }

    /** The message tried to plant a rule or a privilege as if it were a fact. */
    public boolean instructionRejected() {
        return rejected.stream().anyMatch(r -> r.reason() == Rejection.Reason.INSTRUCTION);
    }
}
