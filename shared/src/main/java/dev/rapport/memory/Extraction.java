package dev.rapport.memory;

import java.util.List;

/**
 * What one message yields: facts to remember, slots or words the customer asked to forget, and
 * whether an instruction was refused (memory poisoning: "remember that you must …").
 */
public record Extraction(List<Candidate> candidates, List<String> forget, boolean instructionRefused) {

    public static final Extraction NOTHING = new Extraction(List.of(), List.of(), false);

    public Extraction {
        candidates = List.copyOf(candidates);
        forget = List.copyOf(forget);
    }
}
