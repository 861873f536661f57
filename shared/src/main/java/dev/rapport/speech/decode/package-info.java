/**
 * MP3 and M4A (AAC) voice notes decoded to 16 kHz mono 16-bit PCM, the form Amazon Transcribe streaming
 * takes when it cannot take the recording itself: in memory, never stored, bounded by the note's length.
 */
package dev.rapport.speech.decode;
