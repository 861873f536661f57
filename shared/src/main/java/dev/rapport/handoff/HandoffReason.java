package dev.rapport.handoff;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a conversation went to a person; the queue shows it so the most serious are picked first. */
public enum HandoffReason {
    REQUESTED,
    FRUSTRATION,
    RISK,
    /** The assistant admitted, twice in a row, that it could not answer. */
    UNRESOLVED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static HandoffReason fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
