package dev.rapport.architecture.planted.one;

import dev.rapport.architecture.planted.two.Pong;

/** Half of a planted package cycle, for the rule's own test. */
public record Ping(Pong answer) {}
