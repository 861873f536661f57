package dev.rapport.personaldata;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /v1/me/export} and {@code DELETE /v1/me}: the caller's own data, all of it, and its erasure. */
public final class PersonalDataService {

    /** Everything held about the caller, machine-readable; {@code exportedAt} is ISO-8601. */
    public record Export(String exportedAt, Map<String, List<Map<String, Object>>> data) {}

    /** The erasure is complete when this is returned; {@code completedAt} is ISO-8601. */
    public record Erasure(boolean erased, int itemsDeleted, String completedAt) {}

    private final PersonalDataStore store;
    private final ErasureEvents events;
    private final Clock clock;

    public PersonalDataService(PersonalDataStore store, ErasureEvents events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public Export export(Caller caller) {
        return export(Owner.of(caller, null));
    }

    /** The same, for the owner of a chat turn (built from the verified caller); every profile's data. */
    public Export export(Owner owner) {
        return new Export(clock.instant().toString(), store.export(owner.customerHash()));
    }

    /**
     * Answers only when nothing of the caller is left; otherwise says how much is, and a repeat
     * (safe, and within the guard period nothing new can be written) finishes it.
     */
    public Erasure erase(Caller caller) {
        return erase(Owner.of(caller, null));
    }

    /** The same, for the owner of a chat turn: the whole customer, every profile included. */
    public Erasure erase(Owner owner) {
        String customer = owner.customerHash();
        PersonalDataStore.Erased erased = store.erase(customer);
        if (erased.remaining() > 0) {
            throw ProblemException.unavailable(
                    "erasure-incomplete",
                    "The erasure is not finished: " + erased.remaining()
                            + " items are still being removed (" + erased.deleted()
                            + " already are). Send DELETE /v1/me again to finish it.",
                    RETRY_AFTER);
        }
        Instant at = clock.instant();
        events.erased(customer, at);
        return new Erasure(true, erased.deleted(), at.toString());
    }

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
}
