package dev.rapport.memory;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing remembered about a customer. A superseded memory is history: it stays visible with its
 * provenance (the customer can see what changed and why) but is never put in a prompt.
 * {@code supersededBy} is the id of the memory that replaced it, or null while current.
 * {@code polarity}, {@code object} and {@code strength} were added later: a memory stored without
 * them derives them from its value and slot, so older items load unchanged. {@code consent} is the
 * customer's own yes to this one sensitive memory, asked in chat while the global sensitive switch
 * was off; null for everything else (and for memories stored before it existed).
 */
public record Memory(
        String id,
        MemoryCategory category,
        String slot,
        String value,
        String statement,
        boolean sensitive,
        Provenance provenance,
        Status status,
        String supersededBy,
        Polarity polarity,
        String object,
        Strength strength,
        ConsentRecord consent) {

    public enum Status {
        CURRENT,
        SUPERSEDED
    }

    public Memory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(status, "status");
        if ((status == Status.SUPERSEDED) != (supersededBy != null)) {
            throw new IllegalArgumentException("exactly the superseded memories name their successor");
        }
        polarity = polarity == null ? Polarity.of(value) : polarity;
        object = object == null || object.isBlank() ? Candidate.objectOf(slot, value) : object;
        strength = strength == null ? Strength.NORMAL : strength;
    }

    /**
     * A new current memory. The id is derived from the turn and slot, so a retried curation of the
     * same turn produces the same id and a store can write it idempotently.
     */
    public static Memory from(Candidate candidate, Provenance provenance) {
        String key = provenance.turnId() + '\n' + candidate.slot();
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        return new Memory(
                id,
                candidate.category(),
                candidate.slot(),
                candidate.value(),
                candidate.statement(),
                candidate.sensitive(),
                provenance,
                Status.CURRENT,
                null,
                candidate.polarity(),
                candidate.object(),
                candidate.strength(),
                null);
    }

    /** The memory kept on the customer's own yes. */
    public Memory withConsent(ConsentRecord record) {
        return new Memory(
                id,
                category,
                slot,
                value,
                statement,
                sensitive,
                provenance,
                status,
                supersededBy,
                polarity,
                object,
                strength,
                record);
    }

    /** Sensitive, yet usable without the global switch: the customer said yes to this one. */
    public boolean consentedAlone() {
        return consent != null;
    }

    /** Whether it limits what may be offered: something avoided, or a diet, allergy, faith or condition. */
    public boolean isConstraint() {
        return polarity == Polarity.AVOIDS
                || switch (category) {
                    case DIET, ALLERGY, RELIGION, HEALTH -> true;
                    default -> false;
                };
    }

    public boolean isCurrent() {
        return status == Status.CURRENT;
    }

    public Memory supersededBy(String successorId) {
        return new Memory(
                id,
                category,
                slot,
                value,
                statement,
                sensitive,
                provenance,
                Status.SUPERSEDED,
                successorId,
                polarity,
                object,
                strength,
                consent);
    }

    /** The customer's own wording replaces ours; the wording is then also the value compared. */
    public Memory withStatement(String newStatement) {
        return new Memory(
                id,
                category,
                slot,
                newStatement,
                newStatement,
                sensitive,
                provenance,
                status,
                supersededBy,
                polarity,
                object,
                strength,
                consent);
    }
}
