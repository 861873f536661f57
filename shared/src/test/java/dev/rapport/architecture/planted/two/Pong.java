package dev.rapport.architecture.planted.two;

import dev.rapport.architecture.planted.one.Ping;

/** The other half of the planted cycle. */
public record Pong(Ping question) {}
