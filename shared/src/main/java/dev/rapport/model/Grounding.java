package dev.rapport.model;

import java.util.Objects;

/**
 * Context the model should answer from, kept apart from the instructions so every adapter can
 * render it its own way and the offline engine can search it.
 *
 * @param kind what it is: {@code summary} (earlier in this session), {@code memory}, {@code constraint},
 *     {@code knowledge}
 * @param id a stable id, quoted back as a citation or provenance
 */
public record Grounding(String kind, String id, String text) {

    public static final String SUMMARY = "summary";
    public static final String MEMORY = "memory";
    /** What a support colleague told the customer while the conversation was handed off. */
    public static final String PERSON = "person";
    /** A remembered avoidance, diet, allergy, faith or condition that every recommendation must respect. */
    public static final String CONSTRAINT = "constraint";
    /** The business's FAQs and document passages; the id is quoted back as a citation. */
    public static final String KNOWLEDGE = "knowledge";
    /** A catalog product the model may name by SKU (the id); the text is its name. */
    public static final String PRODUCT = "product";

    public Grounding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
