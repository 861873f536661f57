package dev.rapport.speech.transcribe;

import dev.rapport.voice.Transcriber;
import dev.rapport.voice.Transcript;
import dev.rapport.voice.TranscriptionUnavailableException;
import dev.rapport.voice.audio.AudioClip;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.services.transcribestreaming.TranscribeStreamingAsyncClient;
import software.amazon.awssdk.services.transcribestreaming.model.AudioEvent;
import software.amazon.awssdk.services.transcribestreaming.model.AudioStream;
import software.amazon.awssdk.services.transcribestreaming.model.LanguageCode;
import software.amazon.awssdk.services.transcribestreaming.model.StartStreamTranscriptionRequest;
import software.amazon.awssdk.services.transcribestreaming.model.StartStreamTranscriptionResponseHandler;
import software.amazon.awssdk.services.transcribestreaming.model.TranscriptEvent;

/**
 * Transcribes a voice note with one {@code StartStreamTranscription} call: the whole recording is sent
 * as audio events as fast as the stream takes them, and the final (non-partial) results are joined.
 * Language identification chooses between zh-CN and en-US, preferring the customer's locale. Any
 * failure or a stream slower than {@code timeout} is {@link TranscriptionUnavailableException}.
 */
public final class TranscribeStreamingTranscriber implements Transcriber {

    /** The languages a voice note may be in; Transcribe picks one of them per stream. */
    static final String LANGUAGE_OPTIONS = "zh-CN,en-US";
    /** Audio per event: Transcribe takes up to 32 KB per chunk; smaller chunks only add frames. */
    static final int CHUNK_BYTES = 16 * 1024;

    private final TranscribeStreamingAsyncClient client;
    private final Duration timeout;

    public TranscribeStreamingTranscriber(TranscribeStreamingAsyncClient client, Duration timeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Optional<Transcript> transcribe(AudioClip clip, String languageHint) {
        StreamedAudio audio = StreamedAudio.of(clip);
        StartStreamTranscriptionRequest.Builder request = StartStreamTranscriptionRequest.builder()
                .mediaEncoding(audio.encoding())
                .mediaSampleRateHertz(audio.sampleRateHertz())
                .identifyLanguage(true)
                .languageOptions(LANGUAGE_OPTIONS);
        preferred(languageHint).ifPresent(request::preferredLanguage);
        FinalResults results = new FinalResults();
        StartStreamTranscriptionResponseHandler handler = StartStreamTranscriptionResponseHandler.builder()
                .subscriber(event -> {
                    if (event instanceof TranscriptEvent transcript) {
                        results.add(transcript);
                    }
                })
                .build();
        CompletableFuture<Void> call = client.startStreamTranscription(request.build(), events(audio.data()), handler);
        try {
            call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscriptionUnavailableException("interrupted while transcribing", e);
        } catch (ExecutionException e) {
            // The service's message may quote request details: the cause is kept for the log only.
            throw new TranscriptionUnavailableException("Transcribe streaming failed", e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new TranscriptionUnavailableException("Transcribe streaming took longer than " + timeout, e);
        }
        return results.transcript(languageHint);
    }

    private static SdkPublisher<AudioStream> events(byte[] data) {
        List<AudioStream> events = new ArrayList<>();
        for (int at = 0; at < data.length; at += CHUNK_BYTES) {
            byte[] chunk = Arrays.copyOfRange(data, at, Math.min(data.length, at + CHUNK_BYTES));
            events.add(AudioEvent.builder()
                    .audioChunk(SdkBytes.fromByteArray(chunk))
                    .build());
        }
        return SdkPublisher.fromIterable(events);
    }

    /** The customer's locale as one of the two options, if it is one of them. */
    static Optional<LanguageCode> preferred(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        String lower = hint.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh")) {
            return Optional.of(LanguageCode.ZH_CN);
        }
        return lower.startsWith("en") ? Optional.of(LanguageCode.EN_US) : Optional.empty();
    }
}
