package dev.rapport.speech.polly;

/**
 * A reply as a listener should hear it, trimmed to what one Polly request reads: 3,000 billed
 * characters. What only makes sense on a screen is rewritten first ({@link Spoken}); the cut falls
 * after the last whole sentence that fits, Chinese or English, so the listener never hears half a
 * sentence.
 */
record SpeechText(String text) {

    static final int MAX_CHARS = 3_000;

    /** Sentence ends a reply can break after; the full-width ones are Chinese punctuation. */
    private static final String SENTENCE_ENDS = ".!?。！？…；\n";

    static SpeechText of(String reply) {
        return of(reply, false);
    }

    /** @param chinese whether the reply is read by the Mandarin voice */
    static SpeechText of(String reply, boolean chinese) {
        String text = Spoken.from(reply, chinese);
        if (text.length() <= MAX_CHARS) {
            return new SpeechText(text);
        }
        for (int i = MAX_CHARS - 1; i > 0; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return new SpeechText(text.substring(0, i + 1).strip());
            }
        }
        // One sentence longer than the limit: cut it, keeping a surrogate pair whole.
        int end = Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
        return new SpeechText(text.substring(0, end));
    }
}
