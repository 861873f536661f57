package dev.rapport.memory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything remembered about one profile: current memories, superseded ones kept as history with
 * their provenance, and the turns already curated (so a retried stream record changes nothing).
 *
 * <p>Rules: the same fact twice is kept once; a new value in a single-valued slot (size, diet,
 * home, birthday) supersedes the old one, and liking something supersedes disliking it and back;
 * "forget …" removes matching memories and their history; sensitive facts need consent; when the
 * book holds {@code capacity} current memories, new facts are refused (reported, so the customer
 * can be told) rather than silently evicting something they told us.
 */
public record MemoryBook(List<Memory> current, List<Memory> history, List<String> curatedTurns, int capacity) {

    public static final int DEFAULT_CAPACITY = 200;
    static final int MAX_HISTORY = 200;
    static final int MAX_CURATED_TURNS = 300;

    public MemoryBook {
        current = List.copyOf(current);
        history = List.copyOf(history);
        curatedTurns = List.copyOf(curatedTurns);
    }

    public static MemoryBook empty(int capacity) {
        return new MemoryBook(List.of(), List.of(), List.of(), capacity);
    }

    public MemoryChange apply(Extraction extraction, Provenance provenance, Consent consent, Supplier<String> ids) {
        if (curatedTurns.contains(provenance.turnId())) {
            return new MemoryChange(this, List.of(), List.of(), List.of(), List.of(), false);
        }
        List<Memory> now = new ArrayList<>(current);
        List<Memory> past = new ArrayList<>(history);
        List<Memory> added = new ArrayList<>();
        List<Memory> superseded = new ArrayList<>();
        List<Memory> forgotten = new ArrayList<>();
        List<MemoryChange.Rejection> rejected = new ArrayList<>();
        for (String term : extraction.forget()) {
            forget(term, now, past, forgotten);
        }
        for (Candidate candidate : extraction.candidates()) {
            String reason = refusal(candidate, now, consent);
            if (reason != null) {
                rejected.add(new MemoryChange.Rejection(candidate, reason));
                continue;
            }
            Memory memory = new Memory(ids.get(), candidate.category(), candidate.slot(), candidate.value(),
                    candidate.statement(), new Provenance(provenance.sessionId(), provenance.turnId(), provenance.at(),
                    candidate.quote()), null);
            for (Memory old : List.copyOf(now)) {
                if (contradicts(old, candidate)) {
                    now.remove(old);
                    Memory replaced = old.supersededBy(memory.id());
                    past.add(replaced);
                    superseded.add(replaced);
                }
            }
            if (now.size() >= capacity) {
                rejected.add(new MemoryChange.Rejection(candidate, "capacity-full"));
                continue;
            }
            now.add(memory);
            added.add(memory);
        }
        List<String> turns = new ArrayList<>(curatedTurns);
        turns.add(provenance.turnId());
        MemoryBook book = new MemoryBook(now, tail(past, MAX_HISTORY), tail(turns, MAX_CURATED_TURNS), capacity);
        return new MemoryChange(book, added, superseded, forgotten, rejected, extraction.instructionRefused());
    }

    public Optional<MemoryBook> delete(String memoryId) {
        List<Memory> now = new ArrayList<>(current);
        if (!now.removeIf(m -> m.id().equals(memoryId))) {
            return Optional.empty();
        }
        return Optional.of(new MemoryBook(now, history, curatedTurns, capacity));
    }

    public Optional<MemoryBook> edit(String memoryId, String statement) {
        if (current.stream().noneMatch(m -> m.id().equals(memoryId))) {
            return Optional.empty();
        }
        List<Memory> now = current.stream().map(m -> m.id().equals(memoryId) ? m.withStatement(statement) : m).toList();
        return Optional.of(new MemoryBook(now, history, curatedTurns, capacity));
    }

    /** The customer turned memory off or erased a profile: nothing current, nothing in history. */
    public MemoryBook cleared() {
        return new MemoryBook(List.of(), List.of(), curatedTurns, capacity);
    }

    private static String refusal(Candidate candidate, List<Memory> now, Consent consent) {
        if (!consent.memoryEnabled()) {
            return "memory-disabled";
        }
        if (candidate.category().sensitive() && !consent.sensitiveAllowed()) {
            return "sensitive-without-consent";
        }
        boolean known = now.stream().anyMatch(m -> m.slot().equals(candidate.slot())
                && m.value().equalsIgnoreCase(candidate.value()));
        return known ? "duplicate" : null;
    }

    private static boolean contradicts(Memory old, Candidate candidate) {
        if (old.slot().equals(candidate.slot())) {
            return candidate.singleValued() && !old.value().equalsIgnoreCase(candidate.value());
        }
        return old.slot().equals(opposite(candidate.slot()));
    }

    private static String opposite(String slot) {
        if (slot.startsWith("like:")) {
            return "dislike:" + slot.substring(5);
        }
        return slot.startsWith("dislike:") ? "like:" + slot.substring(8) : "";
    }

    private static void forget(String term, List<Memory> now, List<Memory> past, List<Memory> forgotten) {
        String needle = term.toLowerCase(Locale.ROOT);
        Set<String> slots = new LinkedHashSet<>();
        for (Memory memory : List.copyOf(now)) {
            if (matches(memory, needle)) {
                now.remove(memory);
                forgotten.add(memory);
                slots.add(memory.slot());
            }
        }
        past.removeIf(m -> slots.contains(m.slot()) || matches(m, needle));
    }

    private static boolean matches(Memory memory, String needle) {
        String slotName = memory.slot().contains(":") ? memory.slot().substring(0, memory.slot().indexOf(':')) : memory.slot();
        return needle.contains(memory.value().toLowerCase(Locale.ROOT))
                || memory.statement().toLowerCase(Locale.ROOT).contains(needle)
                || aliases(slotName).stream().anyMatch(needle::contains);
    }

    /** How customers name a slot when they ask to forget it. */
    private static List<String> aliases(String slot) {
        return switch (slot) {
            case "size" -> List.of("尺码", "码数", "size");
            case "diet" -> List.of("吃素", "素食", "diet");
            case "location" -> List.of("住", "地址", "address", "where i live");
            case "birthday" -> List.of("生日", "birthday");
            case "allergy" -> List.of("过敏", "allerg");
            default -> List.of();
        };
    }

    private static <T> List<T> tail(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(list.size() - max, list.size());
    }
}
