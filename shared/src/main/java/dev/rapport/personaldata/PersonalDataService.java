package dev.rapport.personaldata;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** {@code GET /v1/me/export} and {@code DELETE /v1/me}: the caller's own data, all of it, and its erasure. */
public final class PersonalDataService {

    /** Everything held about the caller, machine-readable; {@code exportedAt} is ISO-8601. */
    public record Export(String exportedAt, Map<String, List<Map<String, Object>>> data) {}

    /** The erasure is complete when this is returned; {@code completedAt} is ISO-8601. */
    public record Erasure(boolean erased, int itemsDeleted, String completedAt) {}

    private final PersonalDataStore store;
    private final Clock clock;

    public PersonalDataService(PersonalDataStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Export export(Caller caller) {
        return new Export(clock.instant().toString(), store.export(customer(caller)));
    }

    public Erasure erase(Caller caller) {
        int deleted = store.erase(customer(caller));
        return new Erasure(true, deleted, clock.instant().toString());
    }

    private static String customer(Caller caller) {
        return Owner.of(caller, null).customerHash();
    }
}
