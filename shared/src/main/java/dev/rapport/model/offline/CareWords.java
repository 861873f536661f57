package dev.rapport.model.offline;

import dev.rapport.model.ModelRequest;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Mood;
import dev.rapport.mood.MoodReader;
import dev.rapport.mood.Sentiment;

/**
 * The care specialist's opening, when care is on the turn's route (its {@code handoff} tool is offered) and
 * the customer sounds upset: one sentence that acknowledges the feeling before the facts, as care's
 * instructions ask a model to do.
 */
final class CareWords {

    static final String CARE_TOOL = "handoff";

    private static final MoodReader MOOD = new MoodReader();

    private CareWords() {}

    /** The opening, ending in a space where the language needs one; empty when care is not asked for. */
    static String opening(ModelRequest request, String question, boolean chinese) {
        if (request.tools().stream().noneMatch(t -> t.name().equals(CARE_TOOL))) {
            return "";
        }
        Mood mood = MOOD.read(question);
        if (mood.sentiment() != Sentiment.NEGATIVE) {
            return "";
        }
        boolean angry = mood.emotion() == Emotion.ANGER || mood.emotion() == Emotion.FRUSTRATION;
        if (chinese) {
            return angry ? "非常抱歉让您这么着急和生气，我完全理解您的心情。" : "很抱歉给您带来不好的体验，我理解您的感受。";
        }
        return angry
                ? "I'm really sorry about this, and I understand why you're upset. "
                : "I'm sorry this has been a bad experience; I understand how you feel. ";
    }
}
