/**
 * Amazon Transcribe streaming behind the voice turn's {@link dev.rapport.voice.Transcriber} port: the
 * recording goes up as one event stream over HTTP/2 (no S3 round trip, no job to poll) and the final
 * results come back on the same stream, with the language identified between Chinese and English.
 */
package dev.rapport.speech.transcribe;
