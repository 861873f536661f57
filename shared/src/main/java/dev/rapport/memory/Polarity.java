package dev.rapport.memory;

import java.util.Locale;

/** Which way a memory points at its object: the customer likes it, avoids it, or requires it. */
public enum Polarity {
    LIKES,
    AVOIDS,
    REQUIRES;

    /**
     * The polarity a value implies, for facts whose rule names none and for memories stored before
     * polarity was recorded: likes are likes, dislikes, avoidances and allergies are avoidances, and
     * every other value (a size, a diet, a city) is something the customer requires.
     */
    public static Polarity of(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "likes" -> LIKES;
            case "dislikes", "avoids", "allergic", "intolerant" -> AVOIDS;
            default -> REQUIRES;
        };
    }
}
