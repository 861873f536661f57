package dev.rapport.handoff;

import java.time.Instant;

/**
 * One line of a handed-off conversation after the handoff, as the colleague working it reads it,
 * redacted as stored.
 *
 * @param role {@code customer}, {@code assistant} (the acknowledgement) or {@code person}
 */
public record HandoffLine(String role, String text, Instant at) {}
