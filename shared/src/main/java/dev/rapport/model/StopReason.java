package dev.rapport.model;

/** Why the model stopped, mirroring Converse's stop reasons. */
public enum StopReason {
    END_TURN,
    TOOL_USE,
    MAX_TOKENS,
    STOP_SEQUENCE,
    GUARDRAIL_INTERVENED,
    CONTENT_FILTERED,
    OTHER
}
