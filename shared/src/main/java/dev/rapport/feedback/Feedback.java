package dev.rapport.feedback;

import java.time.Instant;

/**
 * A customer's verdict on one answer: a rating from 1 to 5 or a thumb, and an optional comment,
 * already redacted. One per turn and customer; giving it again replaces it.
 *
 * @param rating 1–5, or null when a thumb was given
 * @param thumbs {@code up} or {@code down}, or null when a rating was given
 */
public record Feedback(String turnId, Integer rating, String thumbs, String comment, Instant at) {}
