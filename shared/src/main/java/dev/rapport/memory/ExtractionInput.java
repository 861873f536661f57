package dev.rapport.memory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One customer message to learn from.
 *
 * @param text the message after PII redaction; raw text must never reach an extractor
 * @param known the memories the turn's prompt already carried, so restating them is not news
 */
public record ExtractionInput(String text, Locale locale, List<Memory> known) {

    public ExtractionInput {
        Objects.requireNonNull(text, "text");
        locale = locale == null ? Locale.ROOT : locale;
        known = List.copyOf(known);
    }

    public static ExtractionInput of(String text) {
        return new ExtractionInput(text, Locale.ROOT, List.of());
    }
}
