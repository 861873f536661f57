package dev.rapport.mood;

import dev.rapport.model.Judgment;
import java.util.Objects;
import java.util.Optional;

/** How the customer sounds in one message: the sentiment and the emotion behind it. */
public record Mood(Sentiment sentiment, Emotion emotion) {

    public static final Mood CALM = new Mood(Sentiment.NEUTRAL, Emotion.NONE);

    public Mood {
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(emotion, "emotion");
    }

    /**
     * The model's judgment as a mood, when it is one: both values from our closed sets and agreeing
     * with each other. Anything else is ignored whole, and the caller keeps its own reading.
     */
    public static Optional<Mood> judged(Judgment judgment) {
        if (judgment == null) {
            return Optional.empty();
        }
        Optional<Sentiment> sentiment = Sentiment.fromWire(judgment.sentiment());
        Optional<Emotion> emotion = Emotion.fromWire(judgment.emotion());
        if (sentiment.isEmpty() || emotion.isEmpty() || !emotion.get().fits(sentiment.get())) {
            return Optional.empty();
        }
        return Optional.of(new Mood(sentiment.get(), emotion.get()));
    }
}
