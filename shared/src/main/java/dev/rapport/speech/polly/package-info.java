/** Spoken replies through Amazon Polly's neural voices: the adapter behind {@code voice.SpeechSynthesizer}. */
package dev.rapport.speech.polly;
