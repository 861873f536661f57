package dev.rapport.speech.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.voice.audio.AudioFormat;
import dev.rapport.voice.audio.Recordings;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real MP3 and M4A recordings of a known tone (made with FFmpeg, see the README beside them) decoded
 * to 16 kHz mono PCM: the rate, the length within one codec frame, and the tone's frequency all hold.
 */
class PcmDecoderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, made length ms, tone Hz, one frame in ms
        "tone-440-mono-44k.mp3, 2000, 440, 26.2",
        "tone-1k-stereo-48k.mp3, 2000, 1000, 24.0",
        "tone-3s.mp3, 3000, 440, 36.0",
        "tone-440-mono-44k.m4a, 2000, 440, 23.3",
        "tone-1k-stereo-48k.m4a, 2000, 1000, 21.4",
        // No edit list in a fragmented file: the encoder's 1,024 priming samples stay, so two frames.
        "tone-1k-mono-48k-fragmented.m4a, 2000, 1000, 42.7",
    })
    void aToneDecodesToSixteenKilohertzMonoOfItsLengthAndPitch(String file, long millis, int hertz, double frame) {
        AudioFormat format = file.endsWith(".mp3") ? AudioFormat.MP3 : AudioFormat.M4A;

        Pcm pcm = PcmDecoder.decode(format, Recordings.bytes(file));

        assertThat(pcm.sampleRate()).isEqualTo(16_000);
        assertThat((double) pcm.millis()).isCloseTo(millis, org.assertj.core.data.Offset.offset(frame));
        short[] samples = samples(pcm);
        assertThat(zeroCrossingHertz(samples)).isCloseTo(hertz, org.assertj.core.data.Percentage.withPercentage(2));
        double tone = goertzel(samples, hertz);
        for (int other : new int[] {hertz / 2, hertz * 2, 3000, 6000}) {
            assertThat(tone)
                    .as("power at %d Hz against %d Hz", hertz, other)
                    .isGreaterThan(100 * goertzel(samples, other));
        }
    }

    /**
     * FFmpeg's AAC encoder codes the noise of this mono note (a 440 Hz tone over white noise) with perceptual
     * noise substitution. JAAD keeps one noise generator for the JVM, so the second note decodes after the
     * first moved it; jcodec's generator reached zero and left NaN, decoding both as silence.
     */
    @Test
    void noiseSubstitutedBandsKeepTheToneNoteAfterNote() {
        for (int note = 1; note <= 2; note++) {
            short[] samples =
                    samples(PcmDecoder.decode(AudioFormat.M4A, Recordings.bytes("tone-440-noise-mono-44k.m4a")));

            assertThat(rms(samples, samples.length * 4 / 5, samples.length))
                    .as("loudness of note %d's last fifth (the tone alone is about 2,900)", note)
                    .isGreaterThan(1_500);
            double tone = goertzel(samples, 440);
            for (int other : new int[] {220, 880, 3000, 6000}) {
                assertThat(tone)
                        .as("note %d: power at 440 Hz against %d Hz", note, other)
                        .isGreaterThan(1_000 * goertzel(samples, other));
            }
        }
    }

    private static double rms(short[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    static short[] samples(Pcm pcm) {
        short[] samples = new short[pcm.data().length / 2];
        ByteBuffer.wrap(pcm.data())
                .order(ByteOrder.LITTLE_ENDIAN)
                .asShortBuffer()
                .get(samples);
        return samples;
    }

    /** Upward zero crossings per second over the middle of the note (the ends hold priming and fades). */
    private static double zeroCrossingHertz(short[] samples) {
        int from = samples.length / 5;
        int to = samples.length - from;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                crossings++;
            }
        }
        return crossings * 16_000.0 / (to - from);
    }

    /** Signal power at one frequency, over the middle of the note. */
    private static double goertzel(short[] samples, int hertz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hertz / 16_000.0);
        double previous = 0;
        double before = 0;
        for (int i = samples.length / 5; i < samples.length * 4 / 5; i++) {
            double current = samples[i] + coefficient * previous - before;
            before = previous;
            previous = current;
        }
        return previous * previous + before * before - coefficient * previous * before;
    }
}
