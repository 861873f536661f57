package dev.rapport.chat;

import java.util.Objects;

/**
 * What a voice note was heard as, as the customer is shown it: kept with the first answer so that a
 * retry is answered with the same transcript without transcribing again.
 *
 * @param text the transcript with personal data redacted
 * @param confidence 0..1, the mean of the words' confidences
 * @param language the language identified, {@code zh-CN} or {@code en-US}
 */
public record Heard(String text, double confidence, String language) {

    public Heard {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
