package dev.rapport.agents;

/**
 * What the supervisor sees of a turn: the customer's redacted message and where the conversation stands.
 *
 * @param previous the specialist that answered the session's last turn, or null for a new session
 * @param pendingConfirmation whether the last turn proposed an action awaiting the customer's yes or no
 * @param languageTag {@code zh-CN} or {@code en-US}, as the turn resolved it
 */
public record RoutingInput(String message, Specialist previous, boolean pendingConfirmation, String languageTag) {}
