package dev.rapport.model;

/**
 * The model's own reading of the customer's latest message, given in the same call as the reply.
 * Unverified words: the caller maps them onto its closed sets and keeps its own reading when they
 * do not fit.
 */
public record Judgment(String sentiment, String emotion) {}
