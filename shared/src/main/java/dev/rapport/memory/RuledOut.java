package dev.rapport.memory;

import dev.rapport.catalog.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A customer's constraints as the catalog checks them: what their current avoidances rule out ("不穿羊毛",
 * "I avoid wool") and what they require ("I only wear cotton", "我吃全素"). A like rules out nothing.
 */
public final class RuledOut {

    private static final Set<String> POLARITY_WORDS = Set.of("likes", "dislikes", "avoids", "requires");

    private RuledOut() {}

    public static Constraints constraints(List<Memory> memories) {
        List<String> avoided = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (Memory memory : memories) {
            if (!memory.isCurrent()) {
                continue;
            }
            List<String> words = memory.polarity() == Polarity.AVOIDS ? avoided : required;
            if (memory.polarity() != Polarity.LIKES) {
                words.add(memory.object());
                if (!POLARITY_WORDS.contains(memory.value())) {
                    words.add(memory.value());
                }
            }
        }
        return Constraints.of(avoided, required);
    }

    /** The catalog's materials and ingredients the memories rule out, lower case. */
    public static Set<String> by(List<Memory> memories) {
        return constraints(memories).ruledOut();
    }
}
