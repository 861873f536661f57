/**
 * The voice inquiry: a customer's voice note transcribed and answered as an ordinary chat turn, with an
 * optional spoken reply. The audio itself is never stored.
 */
package dev.rapport.voice;
