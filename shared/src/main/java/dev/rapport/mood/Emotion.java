package dev.rapport.mood;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the customer feels, as a contact-centre colleague would act on it — a small closed set, each
 * with a different way to answer (see {@link Tone}). Declared in the order a tie is broken: the
 * reading that needs the most care wins.
 */
public enum Emotion {
    /** Hostile, blaming, threatening to complain: apologise once, be brief and concrete. */
    ANGER,
    /** Worried or in a hurry: reassure, give the next step and when it happens. */
    ANXIETY,
    /** Worn down by waiting or repeating: own it, skip what they already tried, move it forward. */
    FRUSTRATION,
    /** Let down by a product or a service, or sad: acknowledge the letdown, offer a remedy. */
    DISAPPOINTMENT,
    /** Does not understand something: explain simply, one step at a time. */
    CONFUSION,
    /** Thankful or pleased: be warm and brief, no apology. */
    GRATITUDE,
    /** No emotion a colleague would act on. */
    NONE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The emotion of a wire name, if it is one. */
    public static Optional<Emotion> fromWire(String wire) {
        return Arrays.stream(values()).filter(e -> e.wire().equals(wire)).findFirst();
    }

    /** Whether the sentiment leans this emotion's way: thanks are positive, the rest negative. */
    boolean leans(Sentiment sentiment) {
        return this == NONE || (this == GRATITUDE ? sentiment == Sentiment.POSITIVE : sentiment == Sentiment.NEGATIVE);
    }

    /** Whether the sentiment does not contradict this emotion: no angry thanks, no thankful anger. */
    boolean fits(Sentiment sentiment) {
        return switch (this) {
            case NONE -> true;
            case GRATITUDE -> sentiment != Sentiment.NEGATIVE;
            default -> sentiment != Sentiment.POSITIVE;
        };
    }
}
