package dev.rapport.model.lifecycle;

import java.time.Instant;

/**
 * The dates a provider gives for a model's lifecycle; each is null when it gives none.
 *
 * @param publicExtendedAccess from then on the model is still served, at extended-access prices
 * @param endOfLife from then on every call fails
 */
public record LifecycleDates(Instant startOfLife, Instant legacy, Instant publicExtendedAccess, Instant endOfLife) {

    public static final LifecycleDates NONE = new LifecycleDates(null, null, null, null);
}
