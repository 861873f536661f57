package dev.rapport.memory;

import java.util.List;
import java.util.Locale;

/** One question → constraint pair of the recall sets (see {@code recall-eval/README.md}). */
record RecallCase(
        String id,
        String lang,
        List<String> statements,
        String question,
        List<List<String>> recalls,
        List<List<String>> leaves) {

    RecallCase {
        leaves = leaves == null ? List.of() : leaves;
    }

    /** Whether a memory is the one described by any of {@code words}. */
    static boolean about(Memory memory, List<String> words) {
        String text = String.join(" ", memory.statement(), memory.value(), memory.slot(), memory.object())
                .toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
    }
}
