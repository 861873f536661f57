package dev.rapport.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * The customer's yes or no to a {@link ConsentQuestion}, recorded on the answering turn so the
 * curator, the only writer of memory books, applies it off the chat's critical path.
 */
public record ConsentAnswer(ConsentQuestion question, boolean granted, Instant at) {

    public ConsentAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(at, "at");
    }
}
