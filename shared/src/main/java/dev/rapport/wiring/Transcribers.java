package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.speech.transcribe.TranscribeStreamingTranscriber;
import dev.rapport.voice.NoTranscriber;
import dev.rapport.voice.Transcriber;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.transcribestreaming.TranscribeStreamingAsyncClient;

/**
 * Picks the voice turn's transcriber. {@code TRANSCRIBE_ENDPOINT} set: Transcribe streaming there (a
 * stub, LocalStack). Unset: the region's Transcribe streaming — except on the offline stack
 * ({@code MODEL_PROVIDER=offline}), which has no transcriber and says so rather than guess.
 */
public final class Transcribers {

    private Transcribers() {}

    public static Transcriber fromEnvironment(Environment env) {
        String endpoint = env.get("TRANSCRIBE_ENDPOINT", "").strip();
        if (endpoint.isEmpty() && env.get("MODEL_PROVIDER", "offline").equals("offline")) {
            return new NoTranscriber();
        }
        Duration timeout = Duration.ofMillis(env.getInt("TRANSCRIBE_TIMEOUT_MS", 15_000));
        return new TranscribeStreamingTranscriber(client(endpoint.isEmpty() ? null : URI.create(endpoint)), timeout);
    }

    /**
     * The streaming client: its event stream needs an async HTTP/2 client, and Netty's is far lighter in
     * the jar than the CRT client's native libraries. Region and credentials come from the standard chain.
     */
    static TranscribeStreamingAsyncClient client(URI endpoint) {
        var builder = TranscribeStreamingAsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(4));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }
}
