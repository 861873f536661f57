package dev.rapport.speech.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.problem.ProblemException;
import dev.rapport.testing.TestAudio;
import dev.rapport.voice.audio.AudioClip;
import dev.rapport.voice.audio.AudioFormat;
import dev.rapport.voice.audio.AudioInspector;
import dev.rapport.voice.audio.Recordings;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MP3 and M4A recordings cut at every few bytes, or with bytes flipped (seeded): whatever the recording
 * checks let through either decodes to at most a minute of PCM or is a 4xx problem, never another
 * exception; and a full minute decodes within the limit.
 */
class DamagedRecordingsDecodeTest {

    private final AudioInspector inspector = new AudioInspector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tone-440-mono-44k.mp3",
                "tone-1k-stereo-48k.mp3",
                "tone-440-mono-44k.m4a",
                "tone-1k-stereo-48k.m4a",
                "tone-1k-mono-48k-fragmented.m4a",
                "tone-440-noise-mono-44k.m4a"
            })
    void cutOrDamagedRecordingsDecodeOrAnswerA4xxProblem(String file) {
        byte[] whole = Recordings.bytes(file);
        AudioFormat format = file.endsWith(".mp3") ? AudioFormat.MP3 : AudioFormat.M4A;
        Random random = new Random(file.hashCode());
        int outcomes = 0;
        for (int cut = 1; cut < whole.length; cut += Math.max(1, whole.length / 150)) {
            outcomes += outcome(format, java.util.Arrays.copyOf(whole, cut));
        }
        for (int i = 0; i < 150; i++) {
            byte[] damaged = whole.clone();
            for (int j = 0; j < 1 + random.nextInt(8); j++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            outcomes += outcome(format, damaged);
        }
        assertThat(outcomes).isGreaterThan(290);
    }

    /** 1 when the bytes were refused with a 4xx or decoded to a bounded length; an assertion otherwise. */
    private int outcome(AudioFormat format, byte[] data) {
        AudioClip clip;
        try {
            clip = inspector.inspect(format, data);
        } catch (ProblemException refused) {
            assertThat(refused.problem().status()).isBetween(400, 499);
            return 1;
        }
        try {
            Pcm pcm = PcmDecoder.decode(format, clip.data());
            assertThat(pcm.millis()).isBetween(0L, MonoSamples.MAX_SECONDS * 1000L);
        } catch (ProblemException refused) {
            assertThat(refused.problem().status()).isBetween(400, 499);
        }
        return 1;
    }

    @Test
    void aMinuteOfMp3DecodesToAMinuteOfPcmWithinItsBudget() {
        assertDecodesToItsLength(AudioFormat.MP3, TestAudio.longMp3(29), 100);
    }

    @Test
    void aMinuteOfFragmentedM4aDecodesToAMinuteOfPcm() {
        // Each repetition's last frame counts in the checks by its trimmed run duration, decodes whole.
        assertDecodesToItsLength(AudioFormat.M4A, TestAudio.longM4a(29), 29 * 22);
    }

    private void assertDecodesToItsLength(AudioFormat format, byte[] recording, long toleranceMillis) {
        AudioClip clip = inspector.inspect(format, recording);

        Pcm pcm = PcmDecoder.decode(format, clip.data());

        assertThat(clip.durationMillis()).isBetween(58_000L, 60_000L);
        assertThat(pcm.millis()).isCloseTo(clip.durationMillis(), org.assertj.core.data.Offset.offset(toleranceMillis));
        assertThat(pcm.data().length).as("60 s at 16 kHz, 16-bit").isLessThanOrEqualTo(60 * 16_000 * 2);
    }

    @Test
    void framesRunningPastAMinuteAreRefusedAsTooLong() {
        // The checks would refuse this file; the decoder holds its own cap for one that lied about its length.
        ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(
                ProblemException.class, () -> PcmDecoder.decode(AudioFormat.MP3, TestAudio.longMp3(31)));

        assertThat(refused.problem().type()).endsWith("audio-too-long");
        assertThat(refused.problem().status()).isEqualTo(422);
    }
}
