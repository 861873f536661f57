package dev.rapport.memory;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.Profiles;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a customer sees and controls of their memories: list with provenance, edit, delete. Only
 * the caller's own profile book is ever loaded, so another customer's memory id is simply not there,
 * and only a profile in the customer's settings can be named.
 */
public final class MemoryService {

    public static final int MAX_STATEMENT = 200;
    static final int MAX_ATTEMPTS = 5;

    /** A profile's current memories, how many fit, and whether the book is full (new facts are refused). */
    public record Listing(String profileId, List<Memory> memories, int capacity, boolean full) {}

    private final MemoryStore store;
    private final Profiles profiles;
    private final PiiRedactor redactor;
    private final int capacity;
    private final BirthdaySharing birthdays;

    public MemoryService(
            MemoryStore store, Profiles profiles, PiiRedactor redactor, int capacity, BirthdayAudience audience) {
        this.store = store;
        this.profiles = profiles;
        this.redactor = redactor;
        this.capacity = capacity;
        this.birthdays = new BirthdaySharing(audience);
    }

    public Listing list(Caller caller, String profileId) {
        return list(owner(caller, profileId));
    }

    /** The current memories of a chat turn's profile, whose owner the turn checked against the settings. */
    public Listing list(Owner owner) {
        List<Memory> memories = store.load(owner).map(v -> v.book().current()).orElse(List.of());
        return new Listing(owner.profileId(), memories, capacity, memories.size() >= capacity);
    }

    public Memory edit(Caller caller, String profileId, String memoryId, String statement) {
        String cleaned = statement == null ? "" : statement.strip();
        if (cleaned.isEmpty()
                || cleaned.length() > MAX_STATEMENT
                || cleaned.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest(
                    "invalid-statement",
                    "'statement' is 1-" + MAX_STATEMENT + " characters without control characters.");
        }
        // What the customer types here is stored, so it is redacted like everything else at rest.
        String redacted = redactor.apply(cleaned);
        MemoryBook book = change(owner(caller, profileId), b -> b.edit(memoryId, redacted));
        return book.current().stream()
                .filter(m -> m.id().equals(memoryId))
                .findFirst()
                .orElseThrow();
    }

    public void delete(Caller caller, String profileId, String memoryId) {
        delete(owner(caller, profileId), memoryId);
    }

    /** Deletes one memory of the owner's own book; any other id is a 404 and changes nothing. */
    public void delete(Owner owner, String memoryId) {
        change(owner, b -> b.delete(memoryId));
    }

    /**
     * The customer withdrew consent for sensitive memories: those of the profile go now, current and
     * history alike, rather than lingering unused.
     */
    public void dropSensitive(Owner owner) {
        update(owner, b -> holdsSensitive(b) ? Optional.of(b.withoutSensitive()) : Optional.empty());
    }

    private static boolean holdsSensitive(MemoryBook book) {
        return book.current().stream().anyMatch(MemoryService::underSwitch)
                || book.history().stream().anyMatch(MemoryService::underSwitch);
    }

    /** Kept because of the global switch, not a yes to this one memory. */
    private static boolean underSwitch(Memory memory) {
        return memory.sensitive() && !memory.consentedAlone();
    }

    private MemoryBook change(Owner owner, Function<MemoryBook, Optional<MemoryBook>> operation) {
        return update(owner, operation).orElseThrow(MemoryService::notFound);
    }

    /** Applies {@code operation} under the book's version; empty when there is no book or nothing to change. */
    private Optional<MemoryBook> update(Owner owner, Function<MemoryBook, Optional<MemoryBook>> operation) {
        for (int attempt = 1; ; attempt++) {
            Optional<MemoryStore.Versioned> stored = store.load(owner);
            Optional<MemoryBook> changed = stored.flatMap(v -> operation.apply(v.book()));
            if (changed.isEmpty()) {
                return changed;
            }
            try {
                store.save(owner, stored.get(), changed.get());
                // A birthday deleted or edited away leaves the campaign audience too.
                birthdays.follow(owner, stored.get().book(), changed.get());
                return changed;
            } catch (MemoryStore.ConcurrentMemoryUpdateException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Owner owner(Caller caller, String profileId) {
        return profiles.owner(caller, profileId);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such memory was found for this profile.");
    }
}
