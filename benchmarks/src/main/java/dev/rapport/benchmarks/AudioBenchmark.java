package dev.rapport.benchmarks;

import dev.rapport.problem.ProblemException;
import dev.rapport.voice.audio.AudioInspector;
import dev.rapport.voice.audio.Recordings;
import dev.rapport.voice.audio.Synthesized;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * What checking a voice note costs before it is sent to the transcriber: base64, magic bytes, the
 * container walk for its length and the SHA-256 the turn keeps, for the test recordings, the largest
 * recording accepted, and the dearest refusals (a 6 MB MP3 of the smallest frames, walked to the end
 * before it is found too long; an M4A box claiming 4 GB).
 *
 * <p>Run: {@code java -cp <benchmarks jar and its classpath> dev.rapport.benchmarks.AudioBenchmark [runs]}
 */
public final class AudioBenchmark {

    private static final int WARMUP = 20;

    private AudioBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        AudioInspector inspector = new AudioInspector();
        System.out.printf(
                Locale.ROOT,
                "JDK %s, %d cores, %d runs after %d warm-up%n%-46s %10s %10s %9s %s%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                runs,
                WARMUP,
                "case",
                "median ms",
                "p90 ms",
                "bytes",
                "outcome");
        Recordings.shortOnes()
                .forEach(file ->
                        measure(inspector, file, Recordings.declaredFormat(file), Recordings.bytes(file), runs));
        measure(
                inspector,
                "6 MB WAV, 60 s: the largest accepted",
                "wav",
                Synthesized.wav(104_857, 6_291_400),
                runs / 10);
        measure(inspector, "6 MB MP3 of 72-byte frames (105 min)", "mp3", Synthesized.mp3Frames(87_381), runs / 10);
        ByteBuffer box = ByteBuffer.allocate(44);
        box.putInt(20).put(ascii("ftypM4A ")).putInt(0).put(ascii("isom"));
        box.putInt(0xFFFFFFF0).put(ascii("mdat"));
        measure(inspector, "M4A box claiming 4 GB", "m4a", box.array(), runs);
    }

    private static void measure(AudioInspector inspector, String name, String format, byte[] data, int runs) {
        String base64 = Base64.getEncoder().encodeToString(data);
        String outcome = "";
        Timings timings = new Timings();
        for (int i = 0; i < WARMUP + runs; i++) {
            long start = System.nanoTime();
            try {
                outcome = inspector.inspect(format, base64).durationMillis() + " ms long";
            } catch (ProblemException refused) {
                String type = refused.problem().type();
                outcome = refused.problem().status() + " " + type.substring(type.lastIndexOf('/') + 1);
            }
            if (i >= WARMUP) {
                timings.add(System.nanoTime() - start);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-46s %10.3f %10.3f %9d %s%n",
                name,
                timings.percentileMillis(50),
                timings.percentileMillis(90),
                data.length,
                outcome);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
