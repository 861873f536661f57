package dev.rapport.voice;

import java.util.Objects;

/**
 * What a voice note said, as the transcriber heard it.
 *
 * @param confidence 0..1, the mean of the words' confidences; below the service's threshold the
 *     transcript is answered but not acted on for order changes
 * @param languageTag the language identified, {@code zh-CN} or {@code en-US}
 */
public record Transcript(String text, double confidence, String languageTag) {

    public Transcript {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(languageTag, "languageTag");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, not " + confidence);
        }
    }

    public boolean chinese() {
        return languageTag.startsWith("zh");
    }
}
