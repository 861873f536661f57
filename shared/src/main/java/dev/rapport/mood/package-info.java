/**
 * The customer's mood in a turn: sentiment and emotion, read by bilingual rules ({@code MoodReader}) or judged by the
 * model; used by the chat turn's tone, the handoff decision and the service figures.
 */
package dev.rapport.mood;
