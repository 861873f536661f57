package dev.rapport.chat;

import dev.rapport.mood.Mood;
import dev.rapport.mood.MoodReader;
import dev.rapport.mood.Sentiment;
import java.util.List;
import java.util.Locale;

/**
 * The customer's mood ({@link MoodReader}) and whether they asked for a person, from Chinese
 * and English cue words. Deliberately conservative: a cue must be present, not inferred.
 */
final class TurnSignals {

    private final MoodReader moods = new MoodReader();
    private static final List<String> HUMAN = List.of(
            "human",
            "real person",
            "an agent",
            "a person",
            "representative",
            "speak to someone",
            "转人工",
            "人工客服",
            "人工服务",
            "真人",
            "找人工");

    Mood mood(String text) {
        return moods.read(text);
    }

    Sentiment sentiment(String text) {
        return moods.read(text).sentiment();
    }

    boolean asksForHuman(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return HUMAN.stream().anyMatch(lower::contains);
    }
}
