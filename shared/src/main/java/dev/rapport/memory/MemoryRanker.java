package dev.rapport.memory;

import dev.rapport.text.Terms;
import dev.rapport.text.TokenEstimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses which current memories go into a turn's prompt: those that share terms with the message
 * (English words, Chinese bigrams) or belong to a category its intent needs, best first, within a
 * token budget. Unrelated memories stay out on purpose: the prompt stays bounded, and a health fact
 * is not repeated into an answer about delivery times.
 */
public final class MemoryRanker {

    public static final int DEFAULT_BUDGET_TOKENS = 400;
    /** Per-memory framing in the prompt (bullet, separators). */
    static final int OVERHEAD_TOKENS = 4;

    private static final int TERM_WEIGHT = 3;
    /** A constraint on what the question is about outranks a memory only its intent words recall. */
    private static final int SUBJECT_WEIGHT = 2;

    private final int budgetTokens;

    public MemoryRanker() {
        this(DEFAULT_BUDGET_TOKENS);
    }

    public MemoryRanker(int budgetTokens) {
        if (budgetTokens < 0) {
            throw new IllegalArgumentException("budget must not be negative: " + budgetTokens);
        }
        this.budgetTokens = budgetTokens;
    }

    /** Relevant current memories in rank order; ties go to the most recently learned. */
    public List<Memory> select(String message, List<Memory> memories) {
        Set<String> wanted = Terms.of(message);
        List<Intent> intents = Intent.of(message);
        Set<Subject> about = Need.of(message);
        List<Scored> ranked = memories.stream()
                .filter(Memory::isCurrent)
                .map(m -> new Scored(m, score(m, wanted, intents, about)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.memory().provenance().at(), Comparator.reverseOrder()))
                .toList();
        int left = budgetTokens;
        List<Memory> selected = new ArrayList<>();
        for (Scored scored : ranked) {
            int cost = tokens(scored.memory());
            if (cost <= left) {
                selected.add(scored.memory());
                left -= cost;
            }
        }
        return List.copyOf(selected);
    }

    static int tokens(Memory memory) {
        return TokenEstimate.of(memory.statement()) + OVERHEAD_TOKENS;
    }

    /**
     * Shared words first; then the subject: a memory about what the question is about scores more. A
     * like about something else (black, for a question about dinner) is left out unless it shares a word;
     * a constraint (an avoidance, allergy, diet, religious or health stance) is always weighed when the
     * question asks for something to eat, wear, use or be recommended, ranked after those on the subject.
     */
    private static int score(Memory memory, Set<String> wanted, List<Intent> intents, Set<Subject> about) {
        Set<String> have =
                new HashSet<>(Terms.of(memory.statement() + ' ' + memory.slot().replace(':', ' ')));
        have.retainAll(wanted);
        Set<Subject> subjects = Subject.of(memory);
        boolean offSubject =
                !about.isEmpty() && !subjects.isEmpty() && subjects.stream().noneMatch(about::contains);
        boolean constraint = memory.isConstraint();
        if (have.isEmpty() && offSubject && !constraint) {
            return 0;
        }
        int hinted = intents.stream().mapToInt(i -> i.weight(memory)).sum();
        int topical = !about.isEmpty() && !offSubject && !subjects.isEmpty() ? SUBJECT_WEIGHT : 0;
        int taste = topical == 0 && isTaste(memory, about) ? 1 : 0;
        // A constraint weighs on anything to eat, wear or use; the language to answer in, on every answer.
        int weighed = constraint && !about.isEmpty() || Topics.isLanguage(memory.object()) ? 1 : 0;
        return TERM_WEIGHT * have.size() + Math.max(hinted, weighed) + topical + taste;
    }

    /**
     * A like of no known subject — a brand, a style ("likes Apple products", "喜欢安静一点的风格") — is about
     * the things a customer buys: a question about something to wear or use ranks it above a constraint on
     * another subject, and below one on its own.
     */
    private static boolean isTaste(Memory memory, Set<Subject> about) {
        String object = memory.object();
        return memory.polarity() == Polarity.LIKES
                && (about.contains(Subject.MATERIAL) || about.contains(Subject.LOOK))
                && !Topics.isContact(object)
                && !Topics.isPrice(object)
                && !Topics.isLanguage(object);
    }

    private record Scored(Memory memory, int score) {}
}
