package dev.rapport.mood;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum Sentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sentiment of a wire name, if it is one. */
    public static Optional<Sentiment> fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}
