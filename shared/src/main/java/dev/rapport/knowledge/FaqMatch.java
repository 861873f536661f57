package dev.rapport.knowledge;

/**
 * The FAQ a question matched best, with how sure the match is.
 *
 * @param confidence the weighted overlap with the closest phrasing, 0–1
 * @param margin how far ahead of the next FAQ it is; a near tie means the question is ambiguous
 */
public record FaqMatch(FaqEntry faq, double confidence, double margin) {}
