package dev.rapport.chat;

import dev.rapport.mood.Mood;
import dev.rapport.mood.Sentiment;

/**
 * How the reply should sound, from the mood read before the model is called: one instruction per
 * emotion, as a contact-centre colleague would adjust. A calm or pleased customer gets none beyond
 * the base instructions, which already ask for brief and warm answers.
 */
final class Tone {

    /** For a negative message whose emotion is unclear. */
    static final String UPSET = """
         The customer sounds upset. Begin with one short, sincere sentence that acknowledges it \
        (apologise where the business is at fault), then help concretely; if you cannot, offer a human \
        colleague.\
        """;

    static final String ANGER = """
         The customer sounds angry. Apologise once, sincerely, without excuses; then be brief and \
        concrete: what you will do and what they will get. Do not argue; offer a human colleague if you cannot \
        fix it.\
        """;
    static final String FRUSTRATION = """
         The customer sounds frustrated, likely after waiting or repeating themselves. Acknowledge that \
        in one sentence, do not ask again for anything already in the conversation, and move the matter \
        forward with a concrete next step.\
        """;
    static final String ANXIETY = """
         The customer sounds worried or in a hurry. Reassure them calmly, then say the next step and \
        when it happens, as precisely as the context allows.\
        """;
    static final String DISAPPOINTMENT = """
         The customer sounds disappointed. Acknowledge the letdown in one sentence, then offer the \
        remedy the business allows (exchange, refund, repair) and how to get it.\
        """;
    static final String CONFUSION = """
         The customer sounds confused. Explain simply, one step at a time, without jargon, and check \
        the answer matches what they asked.\
        """;

    private Tone() {}

    /** The instruction to append for this mood, or an empty string. */
    static String of(Mood mood) {
        return switch (mood.emotion()) {
            case ANGER -> ANGER;
            case FRUSTRATION -> FRUSTRATION;
            case ANXIETY -> ANXIETY;
            case DISAPPOINTMENT -> DISAPPOINTMENT;
            case CONFUSION -> CONFUSION;
            case GRATITUDE -> "";
            case NONE -> mood.sentiment() == Sentiment.NEGATIVE ? UPSET : "";
        };
    }
}
