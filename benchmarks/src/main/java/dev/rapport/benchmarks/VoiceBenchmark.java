package dev.rapport.benchmarks;

import dev.rapport.speech.decode.PcmDecoder;
import dev.rapport.speech.transcribe.TranscribeStreamingTranscriber;
import dev.rapport.testing.TestAudio;
import dev.rapport.testing.TranscribeStreamingStub;
import dev.rapport.voice.audio.AudioClip;
import dev.rapport.voice.audio.AudioFormat;
import dev.rapport.voice.audio.AudioInspector;
import java.time.Duration;
import java.util.Locale;

/**
 * What a voice note adds to a chat turn before the turn starts: the recording's checks and one
 * StartStreamTranscription call — signing every audio event, HTTP/2 framing, the results' parsing —
 * against the Transcribe streaming wire stub on loopback, which answers at once. Transcribe's own
 * recognition time is not in it (the stub has none). Prints median and p90 after warm-up.
 *
 * <p>Run: {@code java -cp <benchmarks jar and its classpath> dev.rapport.benchmarks.VoiceBenchmark [runs]}
 */
public final class VoiceBenchmark {

    private static final int WARMUP = 10;

    private VoiceBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        System.out.printf(
                Locale.ROOT,
                "JDK %s, %d cores, %d runs after %d warm-up%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                runs,
                WARMUP);
        try (TranscribeStreamingStub stub = new TranscribeStreamingStub();
                var client = stub.client()) {
            TranscribeStreamingTranscriber transcriber =
                    new TranscribeStreamingTranscriber(client, Duration.ofSeconds(30));
            AudioInspector inspector = new AudioInspector();
            // Chrome's WebM/Opus: re-packing into Ogg pages, then the same call (20 ms packets of 120 bytes).
            for (int seconds : new int[] {20, 60}) {
                byte[] webm = TestAudio.webm(TestAudio.opusPackets(seconds * 50, 120));
                AudioClip clip = new AudioClip(AudioFormat.WEBM_OPUS, webm, seconds * 1000L, "0".repeat(64));
                Timings timings = new Timings();
                for (int i = 0; i < WARMUP + runs; i++) {
                    stub.hears(new TranscribeStreamingStub.Heard("where is my order 1042", 0.93, "en-US"));
                    long start = System.nanoTime();
                    transcriber.transcribe(clip, "en").orElseThrow();
                    if (i >= WARMUP) {
                        timings.add(System.nanoTime() - start);
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "%2d s of WebM/Opus (%,d bytes): re-packing + transcription p50 %.1f ms, p90 %.1f ms%n",
                        seconds,
                        webm.length,
                        timings.percentileMillis(50),
                        timings.percentileMillis(90));
            }
            decoding(transcriber, stub, inspector, runs);
            for (int seconds : new int[] {5, 20, 60}) {
                String base64 = TestAudio.base64(TestAudio.wav(seconds * 1000, 0));
                Timings timings = new Timings();
                for (int i = 0; i < WARMUP + runs; i++) {
                    stub.hears(new TranscribeStreamingStub.Heard("where is my order 1042", 0.93, "en-US"));
                    long start = System.nanoTime();
                    AudioClip clip = inspector.inspect("wav", base64);
                    transcriber.transcribe(clip, "en").orElseThrow();
                    if (i >= WARMUP) {
                        timings.add(System.nanoTime() - start);
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "%2d s of 16 kHz mono WAV (%,d bytes as PCM): checks + transcription p50 %.1f ms, p90 %.1f ms%n",
                        seconds,
                        seconds * TestAudio.SAMPLE_RATE * 2,
                        timings.percentileMillis(50),
                        timings.percentileMillis(90));
            }
        }
    }

    /**
     * MP3 and M4A notes (real 44.1 kHz MP3 and 48 kHz AAC frames, repeated to about 20 s and 59 s):
     * decoding to 16 kHz PCM alone, then checks, decoding and transcription together.
     */
    private static void decoding(
            TranscribeStreamingTranscriber transcriber,
            TranscribeStreamingStub stub,
            AudioInspector inspector,
            int runs) {
        for (AudioFormat format : new AudioFormat[] {AudioFormat.MP3, AudioFormat.M4A}) {
            for (int repeats : new int[] {10, 29}) {
                byte[] note = format == AudioFormat.MP3 ? TestAudio.longMp3(repeats) : TestAudio.longM4a(repeats);
                String base64 = TestAudio.base64(note);
                Timings decode = new Timings();
                Timings whole = new Timings();
                long millis = 0;
                for (int i = 0; i < WARMUP + runs; i++) {
                    long start = System.nanoTime();
                    millis = PcmDecoder.decode(format, note).millis();
                    long decoded = System.nanoTime();
                    stub.hears(new TranscribeStreamingStub.Heard("where is my order 1042", 0.93, "en-US"));
                    long before = System.nanoTime();
                    transcriber
                            .transcribe(inspector.inspect(format.wireName(), base64), "en")
                            .orElseThrow();
                    if (i >= WARMUP) {
                        decode.add(decoded - start);
                        whole.add(System.nanoTime() - before);
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "%4.1f s of %s (%,d bytes): decoding to 16 kHz PCM p50 %.1f ms, p90 %.1f ms;"
                                + " checks + decoding + transcription p50 %.1f ms, p90 %.1f ms%n",
                        millis / 1000.0,
                        format.label(),
                        note.length,
                        decode.percentileMillis(50),
                        decode.percentileMillis(90),
                        whole.percentileMillis(50),
                        whole.percentileMillis(90));
            }
        }
    }
}
