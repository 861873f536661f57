package dev.rapport.memory;

import dev.rapport.text.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything remembered about one profile: current memories (at most one per slot) and the
 * superseded history behind them. Immutable; every operation returns a new book.
 *
 * <p>Rules, in order, for each candidate of a turn: memory disabled, personal data, low confidence
 * and sensitive-without-consent are refused; the same slot with the same value, or a near-identical
 * statement, is a duplicate; the same slot with another value supersedes the old memory, which
 * stays as history with its provenance; anything else is new. Forget requests run first and also
 * remove the history of what they forget. A turn id already applied changes nothing, so a retried
 * curation can never add twice or resurrect what a later turn forgot.
 *
 * <p>Capacity: when the book is full a new (non-superseding) memory is refused with
 * {@code capacity-full} instead of silently evicting an older one. Eviction would drop something
 * the customer told us without telling them, and picking "least useful" needs usage data the domain
 * does not have; refusing is visible, the assistant can say memory is full, and the customer decides
 * what to delete. Superseding never grows the book, so corrections always get through.
 */
public final class MemoryBook {

    public static final int DEFAULT_CAPACITY = 200;
    /** Enough turn ids to cover any realistic retry window; opaque ids, no personal data. */
    static final int REMEMBERED_TURNS = 256;

    static final double MIN_CONFIDENCE = 0.5;
    private static final double NEAR_IDENTICAL = 0.8;
    private static final int MAX_STATEMENT = 200;

    private final List<Memory> current;
    private final List<Memory> history;
    private final List<String> appliedTurns;
    private final List<Declined> declined;
    private final int capacity;

    private MemoryBook(
            List<Memory> current,
            List<Memory> history,
            List<String> appliedTurns,
            List<Declined> declined,
            int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.current = List.copyOf(current);
        this.history = List.copyOf(history);
        int from = Math.max(0, appliedTurns.size() - REMEMBERED_TURNS);
        this.appliedTurns = List.copyOf(appliedTurns.subList(from, appliedTurns.size()));
        this.declined = declined == null ? List.of() : List.copyOf(declined);
        this.capacity = capacity;
    }

    public static MemoryBook empty() {
        return empty(DEFAULT_CAPACITY);
    }

    public static MemoryBook empty(int capacity) {
        return new MemoryBook(List.of(), List.of(), List.of(), List.of(), capacity);
    }

    /** A book loaded from storage: memories in any status, and the turns already curated. */
    public static MemoryBook of(List<Memory> memories, List<String> appliedTurns, int capacity) {
        return of(memories, appliedTurns, List.of(), capacity);
    }

    /** A loaded book with the sensitive facts the customer declined to have kept (null for none). */
    public static MemoryBook of(
            List<Memory> memories, List<String> appliedTurns, List<Declined> declined, int capacity) {
        return new MemoryBook(
                memories.stream().filter(Memory::isCurrent).toList(),
                memories.stream().filter(m -> !m.isCurrent()).toList(),
                appliedTurns,
                declined,
                capacity);
    }

    public List<Memory> current() {
        return current;
    }

    public List<Memory> history() {
        return history;
    }

    public List<String> appliedTurns() {
        return appliedTurns;
    }

    /** The sensitive facts the customer said no to keeping: never asked about again. */
    public List<Declined> declined() {
        return declined;
    }

    public boolean declined(Candidate fact) {
        return declined.stream().anyMatch(d -> d.covers(fact));
    }

    public int capacity() {
        return capacity;
    }

    public Optional<Memory> find(String id) {
        return all().filter(m -> m.id().equals(id)).findFirst();
    }

    public MemoryBookChange apply(Extraction extraction, Provenance provenance, Consent consent) {
        if (appliedTurns.contains(provenance.turnId())) {
            return MemoryBookChange.unchanged(this);
        }
        Draft draft = new Draft(current, history);
        extraction.forgets().forEach(draft::forget);
        List<Rejection> rejected = new ArrayList<>(extraction.rejected());
        for (Candidate candidate : extraction.candidates()) {
            refusal(candidate, consent, draft.current)
                    .ifPresentOrElse(
                            reason -> rejected.add(Rejection.of(reason, candidate)),
                            () -> draft.add(Memory.from(candidate, quoted(provenance, candidate))));
        }
        List<String> turns = new ArrayList<>(appliedTurns);
        turns.add(provenance.turnId());
        MemoryBook book = new MemoryBook(draft.current, draft.history, turns, declined, capacity);
        return new MemoryBookChange(book, draft.added, draft.superseded, draft.forgotten, rejected);
    }

    /**
     * The customer's answer to a consent question, given on turn {@code turnId}. A yes keeps that one
     * fact with its consent record and its provenance (the turn that stated it) without allowing any
     * other sensitive fact; a no records a decline so the question is not asked again. Nothing is kept
     * while memory is off, and a turn already applied changes nothing.
     */
    public MemoryBookChange answer(ConsentAnswer answer, String turnId, Consent consent) {
        if (appliedTurns.contains(turnId)) {
            return MemoryBookChange.unchanged(this);
        }
        Candidate fact = answer.question().fact();
        Draft draft = new Draft(current, history);
        List<Rejection> rejected = new ArrayList<>();
        List<Declined> declines = new ArrayList<>(declined);
        if (!consent.memoryEnabled()) {
            rejected.add(Rejection.of(Rejection.Reason.MEMORY_DISABLED, fact));
        } else if (answer.granted()) {
            // The yes stands for this fact alone: the other checks still apply to it.
            ConsentRecord record = new ConsentRecord(ConsentRecord.ASKED_IN_CHAT, answer.at(), turnId);
            Provenance stated = quoted(answer.question().statedIn(), fact);
            refusal(fact, Consent.everything(), draft.current)
                    .ifPresentOrElse(
                            reason -> rejected.add(Rejection.of(reason, fact)),
                            () -> draft.add(Memory.from(fact, stated).withConsent(record)));
            declines.removeIf(d -> d.covers(fact));
        } else if (!declined(fact)) {
            declines.add(new Declined(fact.slot(), fact.object(), answer.at()));
        }
        List<String> turns = new ArrayList<>(appliedTurns);
        turns.add(turnId);
        MemoryBook book = new MemoryBook(draft.current, draft.history, turns, declines, capacity);
        return new MemoryBookChange(book, draft.added, draft.superseded, draft.forgotten, rejected);
    }

    /** The customer rewords a memory. Unknown id: empty, since a book only holds one profile's data. */
    public Optional<MemoryBook> edit(String id, String newStatement) {
        String statement = Objects.requireNonNull(newStatement, "newStatement").strip();
        if (statement.isEmpty() || statement.length() > MAX_STATEMENT) {
            throw new IllegalArgumentException("a memory statement has 1 to " + MAX_STATEMENT + " characters");
        }
        return find(id).map(target -> replace(m -> m.id().equals(id), target.withStatement(statement)));
    }

    /** Deletes a memory; deleting a current one also deletes the history behind it. */
    public Optional<MemoryBook> delete(String id) {
        return find(id).map(target -> without(m -> m.id().equals(id)
                || target.isCurrent() && !m.isCurrent() && m.slot().equals(target.slot())));
    }

    /**
     * The book once the customer withdraws consent for sensitive memories. A fact they said yes to
     * on its own stays: that yes was not given through the switch (deleting the memory withdraws it).
     */
    public MemoryBook withoutSensitive() {
        return without(m -> m.sensitive() && !m.consentedAlone());
    }

    private Optional<Rejection.Reason> refusal(Candidate candidate, Consent consent, List<Memory> live) {
        if (!consent.memoryEnabled()) {
            return Optional.of(Rejection.Reason.MEMORY_DISABLED);
        }
        if (RuleBasedExtractor.isPersonalData(candidate)) {
            return Optional.of(Rejection.Reason.PERSONAL_DATA);
        }
        if (candidate.confidence() < MIN_CONFIDENCE) {
            return Optional.of(Rejection.Reason.LOW_CONFIDENCE);
        }
        if (!consent.allows(candidate.category(), candidate.slot())) {
            return Optional.of(Rejection.Reason.SENSITIVE_WITHOUT_CONSENT);
        }
        Optional<Memory> sameSlot =
                live.stream().filter(m -> m.slot().equals(candidate.slot())).findFirst();
        if (sameSlot.map(candidate::restates).orElse(false)
                || sameSlot.isEmpty() && live.stream().anyMatch(m -> nearIdentical(m, candidate))) {
            return Optional.of(Rejection.Reason.DUPLICATE);
        }
        return sameSlot.isEmpty() && live.size() >= capacity
                ? Optional.of(Rejection.Reason.CAPACITY_FULL)
                : Optional.empty();
    }

    private static boolean nearIdentical(Memory memory, Candidate candidate) {
        if (memory.category() != candidate.category()) {
            return false;
        }
        Set<String> a = Terms.of(memory.statement());
        Set<String> b = Terms.of(candidate.statement());
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return !either.isEmpty() && (double) both.size() / either.size() >= NEAR_IDENTICAL;
    }

    private static Provenance quoted(Provenance provenance, Candidate candidate) {
        return candidate.quote().isEmpty()
                ? provenance
                : new Provenance(provenance.turnId(), provenance.sessionId(), provenance.at(), candidate.quote());
    }

    private MemoryBook replace(Predicate<Memory> target, Memory replacement) {
        return new MemoryBook(
                current.stream().map(m -> target.test(m) ? replacement : m).toList(),
                history.stream().map(m -> target.test(m) ? replacement : m).toList(),
                appliedTurns,
                declined,
                capacity);
    }

    private MemoryBook without(Predicate<Memory> gone) {
        return new MemoryBook(
                current.stream().filter(gone.negate()).toList(),
                history.stream().filter(gone.negate()).toList(),
                appliedTurns,
                declined,
                capacity);
    }

    private Stream<Memory> all() {
        return Stream.concat(current.stream(), history.stream());
    }

    /** The mutable working copy of one {@link #apply}. */
    private static final class Draft {
        final List<Memory> current;
        final List<Memory> history;
        final List<Memory> added = new ArrayList<>();
        final List<Memory> superseded = new ArrayList<>();
        final List<Memory> forgotten = new ArrayList<>();

        Draft(List<Memory> current, List<Memory> history) {
            this.current = new ArrayList<>(current);
            this.history = new ArrayList<>(history);
        }

        void forget(ForgetRequest request) {
            List<Memory> gone = current.stream().filter(request::matches).toList();
            current.removeAll(gone);
            forgotten.addAll(gone);
            history.removeIf(m ->
                    request.matches(m) || gone.stream().anyMatch(g -> g.slot().equals(m.slot())));
        }

        void add(Memory memory) {
            List<Memory> replaced = current.stream()
                    .filter(old -> old.slot().equals(memory.slot()) || contrary(old, memory))
                    .toList();
            for (Memory old : replaced) {
                Memory before = old.supersededBy(memory.id());
                history.add(before);
                superseded.add(before);
                current.remove(old);
            }
            current.add(memory);
            added.add(memory);
        }

        /**
         * A newer statement that turns against an older one about the same thing in another slot:
         * "I eat meat again now" after "no meat dishes for me". The newer object's terms must all be in
         * the older one's, so avoiding chicken skin leaves a liking for chicken alone.
         */
        private static boolean contrary(Memory old, Memory memory) {
            if ((old.polarity() == Polarity.AVOIDS) == (memory.polarity() == Polarity.AVOIDS)
                    || old.category().sensitive() != memory.category().sensitive()) {
                return false;
            }
            Set<String> newer = Terms.of(memory.object());
            return !newer.isEmpty() && Terms.of(old.object()).containsAll(newer);
        }
    }
}
