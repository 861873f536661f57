package dev.rapport.voice.audio;

import static dev.rapport.voice.audio.Synthesized.ascii;
import static dev.rapport.voice.audio.Synthesized.box;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.problem.Problem;
import dev.rapport.problem.ProblemException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Headers written to make a reader allocate, loop or overflow: huge box and element lengths, endless
 * nesting, sample runs of four billion entries; and damaged or random bytes with a fixed seed. Each is
 * refused with a 4xx problem (or, if still a sound recording, accepted), never anything else.
 */
class HostileRecordingsTest {

    private final AudioInspector inspector = new AudioInspector();

    @Test
    void anM4aBoxClaimingGigabytesIsACutFile() {
        byte[] data = concat(
                Synthesized.ftypM4a(),
                ByteBuffer.allocate(16).putInt(0xFFFFFFF0).put(ascii("mdat")).array());

        assertThat(slug(data, "m4a")).isEqualTo("audio-truncated");
    }

    @Test
    void anM4aLargeSizeThatIsNegativeIsDamaged() {
        byte[] data = concat(
                Synthesized.ftypM4a(),
                ByteBuffer.allocate(24)
                        .putInt(1)
                        .put(ascii("mdat"))
                        .putLong(-1L)
                        .array());

        assertThat(slug(data, "m4a")).isEqualTo("audio-corrupt");
    }

    @Test
    void endlesslyNestedM4aBoxesStopAtABoundedDepth() {
        byte[] nested = box("mdat", new byte[8]);
        for (int i = 0; i < 40; i++) {
            nested = box("moov", nested);
        }

        assertThat(slug(concat(Synthesized.ftypM4a(), nested), "m4a")).isEqualTo("audio-corrupt");
    }

    @Test
    void aSampleRunOfFourBillionEntriesIsRefusedWithoutCountingThem() {
        byte[] trun =
                box("trun", ByteBuffer.allocate(8).putInt(0x100).putInt(-1).array());
        byte[] data = concat(Synthesized.ftypM4a(), box("moof", box("traf", trun)));

        assertThat(slug(data, "m4a")).isEqualTo("audio-corrupt");
    }

    @Test
    void aWebmElementClaimingPetabytesIsACutFile() {
        byte[] webm = Recordings.bytes("tone-3s.webm");
        int cluster = RecordingChecksTest.indexOf(webm, "\u001FC\u00B6u", 0);
        byte[] hostile = Arrays.copyOf(webm, cluster + 12);
        hostile[cluster + 4] = 0x01; // an eight-byte size
        Arrays.fill(hostile, cluster + 5, cluster + 12, (byte) 0x7F);

        assertThat(slug(hostile, "webm")).isEqualTo("audio-truncated");
    }

    @Test
    void aWavDataChunkOfFourGigabytesIsACutFile() {
        byte[] wav = Synthesized.wav(8000, 100);
        ByteBuffer.wrap(wav)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(40, -1)
                .putInt(4, 36);

        assertThat(slug(wav, "wav")).isEqualTo("audio-truncated");
    }

    @Test
    void anId3TagClaimingMoreThanTheFileIsACutFile() {
        byte[] mp3 = concat(ascii("ID3"), new byte[] {4, 0, 0, 0x7F, 0x7F, 0x7F, 0x7F}, Synthesized.mp3Frames(3));

        assertThat(slug(mp3, "mp3")).isEqualTo("audio-truncated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.rapport.voice.audio.Recordings#shortOnes")
    void damagedAndRandomRecordingsAreAcceptedOrRefusedWithAClientProblem(String file) {
        byte[] original = Recordings.bytes(file);
        String format = Recordings.declaredFormat(file);
        Random random = new Random(file.hashCode());
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            byte[] damaged = i % 4 == 3 ? randomAfterMagic(original, random) : damage(original, random);
            try {
                AudioClip clip = inspector.inspect(AudioFormat.fromDeclared(format), damaged);
                assertThat(clip.durationMillis()).isBetween(1L, AudioInspector.MAX_DURATION_MILLIS);
            } catch (ProblemException e) {
                assertThat(e.problem().status()).isBetween(400, 499);
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    private static byte[] damage(byte[] original, Random random) {
        byte[] copy = original.clone();
        return switch (random.nextInt(4)) {
            case 0 -> {
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                yield copy;
            }
            case 1 -> {
                copy[random.nextInt(Math.min(96, copy.length))] = (byte) random.nextInt(256);
                yield copy;
            }
            case 2 -> Arrays.copyOf(copy, random.nextInt(copy.length));
            default -> {
                int at = random.nextInt(copy.length);
                Arrays.fill(copy, at, Math.min(copy.length, at + 1 + random.nextInt(64)), (byte) 0xFF);
                yield copy;
            }
        };
    }

    private static byte[] randomAfterMagic(byte[] original, Random random) {
        byte[] copy = new byte[16 + random.nextInt(2048)];
        random.nextBytes(copy);
        System.arraycopy(original, 0, copy, 0, 16);
        return copy;
    }

    private String slug(byte[] data, String format) {
        try {
            AudioClip clip = inspector.inspect(AudioFormat.fromDeclared(format), data);
            throw new AssertionError("accepted as " + clip.durationMillis() + " ms");
        } catch (ProblemException e) {
            Problem problem = e.problem();
            assertThat(problem.status()).isEqualTo(422);
            return problem.type().substring(problem.type().lastIndexOf('/') + 1);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
