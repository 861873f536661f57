package dev.rapport.speech.decode;

import dev.rapport.problem.ProblemException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A decoder's output, downmixed to mono as each frame arrives so a stereo 48 kHz minute holds half the
 * memory, and capped: a file whose headers claim a short note but whose frames run on stops here.
 */
final class MonoSamples {

    /** The recording checks allow 60 s; one more second covers encoder priming and padding. */
    static final int MAX_SECONDS = 61;

    private final int rate;
    private final int limit;
    private short[] samples = new short[8192];
    private int size;
    private long toSkip;

    MonoSamples(int rate) {
        if (rate < 7_000 || rate > 96_000) {
            throw new IllegalArgumentException("sample rate " + rate);
        }
        this.rate = rate;
        this.limit = MAX_SECONDS * rate;
    }

    int rate() {
        return rate;
    }

    int size() {
        return size;
    }

    short at(int index) {
        return samples[index];
    }

    /** Drops the next {@code count} samples added: an encoder's priming, which is not the customer's voice. */
    void skip(long count) {
        toSkip = Math.max(0, count);
    }

    /** Drops the last {@code count} samples: an encoder's padding to a whole frame. */
    void trim(long count) {
        size -= (int) Math.min(size, Math.max(0, count));
    }

    /** Interleaved 16-bit frames of {@code channels} channels, averaged into one. */
    void addInterleaved(ByteBuffer pcm, ByteOrder order, int channels) {
        ByteBuffer in = pcm.order(order);
        int skipped = (int) Math.min(toSkip, in.remaining() / (2 * channels));
        toSkip -= skipped;
        in.position(in.position() + skipped * 2 * channels);
        int frames = in.remaining() / (2 * channels);
        if (size + frames > limit) {
            throw ProblemException.unprocessable(
                    "audio-too-long", "the recording lasts more than 60 s; a voice message may last at most 60 s");
        }
        if (size + frames > samples.length) {
            samples = Arrays.copyOf(samples, Math.min(limit, Math.max(size + frames, samples.length * 2)));
        }
        for (int f = 0; f < frames; f++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += in.getShort();
            }
            samples[size++] = (short) (sum / channels);
        }
    }
}
