package dev.rapport.speech.decode;

/**
 * Any rate to 16 kHz with a band-limited interpolator: a Blackman-windowed sinc low-pass below the
 * lower of the two Nyquist rates, evaluated at each output instant from a table of 256 fractional
 * phases (timing within 1/512 of an input sample). The low-pass is what keeps a 44.1 or 48 kHz
 * recording's 8-24 kHz content from folding back into the speech band.
 */
final class Resampler {

    /** Taps a side per unit of the input/output rate ratio: about a 3.7 kHz transition band at 16 kHz. */
    private static final int TAPS_PER_RATIO = 12;

    private static final int PHASES = 256;

    private final float[][] kernels = new float[PHASES][];
    private final int half;

    private Resampler(int inputRate) {
        double ratio = Math.max(1.0, inputRate / (double) Pcm.RATE);
        half = (int) Math.ceil(TAPS_PER_RATIO * ratio);
        double cutoff = 0.45 * Math.min(inputRate, Pcm.RATE) / inputRate; // cycles per input sample
        for (int p = 0; p < PHASES; p++) {
            kernels[p] = kernel(cutoff, p / (double) PHASES);
        }
    }

    /** Taps for an output instant {@code fraction} of a sample after input sample 0, at -half..half. */
    private float[] kernel(double cutoff, double fraction) {
        float[] kernel = new float[2 * half + 1];
        double sum = 0;
        for (int k = -half; k <= half; k++) {
            double x = k - fraction;
            double sinc = Math.abs(x) < 1e-12 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            double phase = Math.PI * x / (half + 1);
            double window = Math.abs(x) >= half + 1 ? 0 : 0.42 + 0.5 * Math.cos(phase) + 0.08 * Math.cos(2 * phase);
            kernel[k + half] = (float) (sinc * window);
            sum += sinc * window;
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= (float) sum; // unity gain at 0 Hz
        }
        return kernel;
    }

    static Pcm toPcm(MonoSamples in) {
        int n = in.size();
        int rate = in.rate();
        if (rate == Pcm.RATE) {
            byte[] out = new byte[2 * n];
            for (int i = 0; i < n; i++) {
                put(out, i, in.at(i));
            }
            return new Pcm(out, Pcm.RATE);
        }
        Resampler filter = new Resampler(rate);
        double step = rate / (double) Pcm.RATE;
        int length = n == 0 ? 0 : (int) ((n - 1) / step) + 1;
        byte[] out = new byte[2 * length];
        for (int m = 0; m < length; m++) {
            double t = m * step;
            int i = (int) t;
            int phase = (int) Math.round((t - i) * PHASES);
            if (phase == PHASES) {
                i++;
                phase = 0;
            }
            double y = filter.at(in, i, filter.kernels[phase]);
            put(out, m, (int) Math.round(Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, y))));
        }
        return new Pcm(out, Pcm.RATE);
    }

    /** The filtered signal near input sample {@code i}; samples beyond either end count as silence. */
    private double at(MonoSamples in, int i, float[] kernel) {
        int from = Math.max(-half, -i);
        int to = Math.min(half, in.size() - 1 - i);
        double sum = 0;
        for (int k = from; k <= to; k++) {
            sum += kernel[k + half] * in.at(i + k);
        }
        return sum;
    }

    private static void put(byte[] out, int index, int sample) {
        out[2 * index] = (byte) sample;
        out[2 * index + 1] = (byte) (sample >> 8);
    }
}
