package dev.rapport.handoff;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.rapport.problem.ProblemException;
import java.util.Locale;

/** Where a handoff stands: waiting for a person, or dealt with by one. */
public enum HandoffStatus {
    OPEN,
    CLOSED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The queue's filter: absent means open (the work still to do); anything else is refused. */
    public static HandoffStatus parse(String wire) {
        if (wire == null) {
            return OPEN;
        }
        for (HandoffStatus status : values()) {
            if (status.wire().equals(wire)) {
                return status;
            }
        }
        throw ProblemException.badRequest("invalid-status", "status must be open or closed.");
    }
}
