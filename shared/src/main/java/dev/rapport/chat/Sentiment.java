package dev.rapport.chat;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum Sentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
