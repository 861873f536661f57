/**
 * The chat turn: load, replay or rate-limit, redact, prepare, answer, decide the handoff, write; the conversation store
 * port.
 */
package dev.rapport.chat;
