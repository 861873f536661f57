package dev.rapport.chat;

import dev.rapport.text.Terms;
import dev.rapport.text.Utterance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the customer said in turns that left the context window, as short notes. Built without a
 * model call so the turn's critical path keeps its single model call; when the budget is spent,
 * questions go first (they carry no facts), then the note that most repeats what other notes say
 * (the oldest among equals) — so an order number told once outlives a hundred turns of small talk.
 */
public record RollingSummary(List<Note> notes) {

    static final int NOTE_CHARS = 240;

    public static final RollingSummary EMPTY = new RollingSummary(List.of());

    /** How many of a person's replies a handed-back conversation keeps: the last ones carry the outcome. */
    static final int PERSON_NOTES = 3;

    /**
     * @param seq the turn the note came from, kept as provenance
     * @param fromPerson a support colleague's words to the customer during a handoff, not the customer's own
     */
    public record Note(int seq, String text, boolean question, boolean fromPerson) {}

    public RollingSummary {
        notes = List.copyOf(notes);
    }

    public RollingSummary fold(Exchange evicted, int budgetChars) {
        Utterance said = new Utterance(evicted.customerText());
        if (said.text().isBlank()) {
            return this;
        }
        List<Note> next = new ArrayList<>(notes);
        next.add(new Note(evicted.seq(), said.condensed(NOTE_CHARS), said.isQuestion(), false));
        while (length(next) > budgetChars && !next.isEmpty()) {
            int victim = indexOfFirstQuestion(next);
            next.remove(victim >= 0 ? victim : mostRepetitive(next));
        }
        return new RollingSummary(next);
    }

    /**
     * What a person told the customer while the conversation was handed off, kept when it is handed
     * back so the assistant knows what was promised or done. Only the last few replies are kept; the
     * next fold applies the summary's budget to them like any note.
     *
     * @param seq the last turn before the hand-back, as the notes' provenance
     */
    public RollingSummary withPersonReplies(int seq, List<String> replies) {
        List<Note> next = new ArrayList<>(notes);
        replies.stream()
                .skip(Math.max(0, replies.size() - PERSON_NOTES))
                .map(reply -> new Utterance(reply).condensed(NOTE_CHARS))
                .filter(text -> !text.isBlank())
                .forEach(text -> next.add(new Note(seq, text, false, true)));
        return new RollingSummary(next);
    }

    public int length() {
        return length(notes);
    }

    private static int length(List<Note> notes) {
        return notes.stream().mapToInt(n -> n.text().length()).sum();
    }

    /** The note whose words the other notes already carry the most; the oldest wins ties. */
    private static int mostRepetitive(List<Note> notes) {
        List<Set<String>> terms = notes.stream().map(n -> Terms.of(n.text())).toList();
        int victim = 0;
        double worst = -1;
        for (int i = 0; i < notes.size(); i++) {
            Set<String> others = new HashSet<>();
            for (int j = 0; j < notes.size(); j++) {
                if (j != i) {
                    others.addAll(terms.get(j));
                }
            }
            Set<String> own = terms.get(i);
            double repeated =
                    own.isEmpty() ? 1 : own.stream().filter(others::contains).count() / (double) own.size();
            if (repeated > worst) {
                worst = repeated;
                victim = i;
            }
        }
        return victim;
    }

    private static int indexOfFirstQuestion(List<Note> notes) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).question()) {
                return i;
            }
        }
        return -1;
    }
}
