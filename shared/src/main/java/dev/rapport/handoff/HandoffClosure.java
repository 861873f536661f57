package dev.rapport.handoff;

import java.time.Instant;

/**
 * How a handoff ended.
 *
 * @param closedBy the support admin's hashed subject, the way every stored identity is kept
 * @param resolution what the colleague noted, already redacted; null when they noted nothing
 */
public record HandoffClosure(Instant closedAt, String closedBy, String resolution) {}
