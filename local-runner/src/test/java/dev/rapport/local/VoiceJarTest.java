package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.testing.JarClasses;
import dev.rapport.local.testing.Repository;
import dev.rapport.testing.TranscribeStreamingStub;
import dev.rapport.testing.TranscribeStreamingStub.Heard;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The voice function's shaded jar ships only jcodec's audio decoders and leaves out Netty codecs
 * nothing reaches (functions/voice/pom.xml): here every class a handler reaches through those
 * libraries is shown to be in the jar, and the jar alone decodes MP3 and M4A notes and streams one
 * to the Transcribe wire stub over its own Netty client.
 */
class VoiceJarTest {

    private static final Path JAR = Repository.ROOT.resolve("functions/voice/target/voice-function.jar");
    private static final Path RECORDINGS = Repository.ROOT.resolve("shared/src/test/resources/voice");
    /** The trimmed libraries, and Rapport's own classes. */
    private static final String[] CHECKED = {"dev.rapport.", "org.jcodec.", "net.sourceforge.jaad.", "io.netty."};
    /** netty-tcnative (native OpenSSL) is optional: Netty looks for it and uses the JDK's TLS without it. */
    private static final String OPTIONAL = "io.netty.internal.tcnative.";

    @Test
    void everyClassAHandlerReachesInTheTrimmedLibrariesIsInTheJar() throws IOException {
        assertThat(JAR)
                .as("the voice function's jar (package the functions first)")
                .isRegularFile();
        Set<String> inJar = JarClasses.classes(JAR, "");
        Map<String, Set<String>> references = JarClasses.references(JAR, null);
        Deque<String> todo = new ArrayDeque<>();
        inJar.stream().filter(c -> c.startsWith("dev.rapport.functions.")).forEach(todo::add);
        Set<String> seen = new HashSet<>(todo);
        Set<String> missing = new TreeSet<>();
        while (!todo.isEmpty()) {
            for (String used : references.getOrDefault(todo.pop(), Set.of())) {
                if (inJar.contains(used)) {
                    if (seen.add(used)) {
                        todo.add(used);
                    }
                } else if (Arrays.stream(CHECKED).anyMatch(used::startsWith) && !used.startsWith(OPTIONAL)) {
                    missing.add(used);
                }
            }
        }
        assertThat(seen).contains("org.jcodec.codecs.mpa.Mp3Decoder", "net.sourceforge.jaad.aac.Decoder");
        assertThat(missing).as("classes the voice jar reaches but leaves out").isEmpty();
        assertThat(inJar)
                .as("what the filters leave out")
                .noneMatch(c -> c.startsWith("org.jcodec.codecs.h264.")
                        || c.startsWith("org.jcodec.containers.")
                        || c.startsWith("io.netty.handler.codec.http.websocketx.")
                        || c.startsWith("io.netty.handler.codec.compression."));
    }

    @Test
    void theJarAloneDecodesMp3AndM4aNotesAndStreamsOneToTranscribe() throws Exception {
        Map<String, String> previous = new HashMap<>();
        try (TranscribeStreamingStub stub = new TranscribeStreamingStub();
                URLClassLoader jar =
                        new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String[] property : new String[][] {
                {"aws.region", "us-east-1"}, {"aws.accessKeyId", "test"}, {"aws.secretAccessKey", "test"}
            }) {
                previous.put(property[0], System.setProperty(property[0], property[1]));
            }
            // The noise-substituted note twice: the jar's JAAD noise generator is shared's patched one.
            for (String file : new String[] {
                "tone-440-mono-44k.mp3",
                "tone-1k-stereo-48k.mp3",
                "tone-1k-stereo-48k.m4a",
                "tone-1k-mono-48k-fragmented.m4a",
                "tone-440-noise-mono-44k.m4a",
                "tone-440-noise-mono-44k.m4a"
            }) {
                Object clip = clip(jar, file);
                Object pcm = jar.loadClass("dev.rapport.speech.decode.PcmDecoder")
                        .getMethod("decode", jar.loadClass("dev.rapport.voice.audio.AudioFormat"), byte[].class)
                        .invoke(null, call(clip, "format"), call(clip, "data"));
                assertThat(call(pcm, "sampleRate")).isEqualTo(16_000);
                assertThat((long) call(pcm, "millis")).as(file).isBetween(1_950L, 2_050L);
                assertThat(loudnessOfLastFifth((byte[]) call(pcm, "data")))
                        .as("%s heard to its end", file)
                        .isGreaterThan(1_500);
            }
            Object cut = jar.loadClass("dev.rapport.speech.decode.PcmDecoder")
                    .getMethod("decode", jar.loadClass("dev.rapport.voice.audio.AudioFormat"), byte[].class);
            Object mp3 = jar.loadClass("dev.rapport.voice.audio.AudioFormat")
                    .getField("MP3")
                    .get(null);
            InvocationTargetException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    InvocationTargetException.class,
                    () -> ((java.lang.reflect.Method) cut).invoke(null, mp3, new byte[] {(byte) 0xFF, (byte) 0xFB}));
            assertThat(refused.getCause().getClass().getName()).isEqualTo("dev.rapport.problem.ProblemException");

            stub.hears(new Heard("where is my order 1042", 0.93, "en-US"));
            Object environment = jar.loadClass("dev.rapport.config.Environment")
                    .getMethod("of", Map.class)
                    .invoke(null, Map.of("TRANSCRIBE_ENDPOINT", stub.endpoint().toString()));
            Object transcriber = jar.loadClass("dev.rapport.wiring.Transcribers")
                    .getMethod("fromEnvironment", environment.getClass())
                    .invoke(null, environment);
            Object clip = clip(jar, "tone-1k-mono-48k-fragmented.m4a");
            Object heard = transcriber
                    .getClass()
                    .getMethod("transcribe", clip.getClass(), String.class)
                    .invoke(transcriber, clip, "en");
            assertThat(heard.toString()).contains("where is my order 1042");
            assertThat(stub.calls().get(0).headers())
                    .containsEntry("x-amzn-transcribe-media-encoding", "pcm")
                    .containsEntry("x-amzn-transcribe-sample-rate", "16000");
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    private static Object clip(ClassLoader jar, String file) throws Exception {
        Class<?> inspector = jar.loadClass("dev.rapport.voice.audio.AudioInspector");
        String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(RECORDINGS.resolve(file)));
        return inspector
                .getMethod("inspect", String.class, String.class)
                .invoke(inspector.getConstructor().newInstance(), file.substring(file.lastIndexOf('.') + 1), base64);
    }

    /** Root mean square of the last fifth of 16-bit PCM: about 2,900 for the tones, 314 for a silenced note. */
    private static double loudnessOfLastFifth(byte[] pcm) {
        short[] samples = new short[pcm.length / 2];
        ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        double sum = 0;
        for (int i = samples.length * 4 / 5; i < samples.length; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / (samples.length - samples.length * 4 / 5));
    }

    private static Object call(Object target, String method) throws Exception {
        return target.getClass().getMethod(method).invoke(target);
    }
}
