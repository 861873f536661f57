package dev.rapport.chat;

import dev.rapport.model.Content;
import java.util.Objects;

/**
 * A photo riding on a chat turn. The chat turn sends {@code image} to the model with the customer's
 * question, stores only {@code reference} with the turn and {@code note} in the session's window
 * (so later turns know a photo was discussed), and adds {@code instructions} to the system prompt.
 *
 * @param image        prepared bytes: re-encoded, downscaled, without metadata
 * @param note         a short, byte-free description kept in the conversation for later turns
 * @param instructions rules the model must follow for this turn, appended to the usual ones
 * @param handoff      whether the turn must go to a person whatever the model says (urgent health words)
 */
public record Attachment(
        Content.Image image, PhotoReference reference, String note, String instructions, boolean handoff) {

    public Attachment {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(instructions, "instructions");
    }
}
