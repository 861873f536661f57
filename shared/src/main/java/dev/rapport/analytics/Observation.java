package dev.rapport.analytics;

import java.time.LocalDate;

/**
 * Something that happened once and is counted once: a turn, a new session, a handoff.
 *
 * @param id unique for the happening (a turn id, a session's key), so a redelivered record is recognised
 */
public record Observation(String id, LocalDate day, Tally tally) {}
