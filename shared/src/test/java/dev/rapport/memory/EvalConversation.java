package dev.rapport.memory;

import java.util.List;
import java.util.Locale;

/** One scripted conversation of the evaluation set (see {@code memory-eval/README.md}). */
record EvalConversation(
        String id,
        Consent consent,
        List<List<String>> sessions,
        List<Fact> facts,
        List<Fact> optional,
        List<Fact> mustNot,
        int instructions,
        Probe probe) {

    EvalConversation {
        facts = facts == null ? List.of() : facts;
        optional = optional == null ? List.of() : optional;
        mustNot = mustNot == null ? List.of() : mustNot;
    }

    /** A fact, matched against a memory by slot prefix, value and statement keywords. */
    record Fact(String slot, String value, List<String> keywords, String end, boolean sensitive, String why) {

        boolean matches(Memory memory) {
            String statement = memory.statement().toLowerCase(Locale.ROOT);
            return (slot == null || memory.slot().startsWith(slot))
                    && (value == null || memory.value().equalsIgnoreCase(value))
                    && (keywords == null
                            || keywords.stream().allMatch(k -> statement.contains(k.toLowerCase(Locale.ROOT))));
        }

        boolean ends(String state) {
            return state.equals(end);
        }
    }

    record Probe(String message, List<Fact> expect) {}

    /** A fact the customer stated that this conversation's consent lets us keep. */
    boolean keeps(Fact fact) {
        return consent.memoryEnabled() && (consent.sensitiveAllowed() || !fact.sensitive());
    }

    List<Fact> kept() {
        return facts.stream().filter(this::keeps).toList();
    }
}
