package dev.rapport.speech.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The AAC frames found so far: sizes from a sample table (offsets filled in from its chunks later) or
 * sizes and offsets from track runs. Bounded: a minute of 48 kHz AAC is 2,813 frames.
 */
final class SampleList {

    /** Over a minute of AAC at 96 kHz (1,024 samples a frame); no voice note has more. */
    static final int MAX_FRAMES = 6_000;

    private long[] offsets = new long[256];
    private int[] sizes = new int[256];
    private int count;

    int count() {
        return count;
    }

    int size(int index) {
        return sizes[index];
    }

    void offset(int index, long offset) {
        offsets[index] = offset;
    }

    void clear() {
        count = 0;
    }

    /** An {@code stsz} box: one size for every sample, or a table of them. */
    void sizes(ByteBuffer in, long body, long end) throws IOException {
        long constant = u32(in, body + 4);
        long samples = u32(in, body + 8);
        if (samples > MAX_FRAMES || constant == 0 && body + 12 + 4 * samples > end) {
            throw new IOException("a sample table larger than a voice note");
        }
        for (int i = 0; i < samples; i++) {
            add(-1, constant != 0 ? constant : u32(in, body + 12 + 4L * i));
        }
    }

    /** A {@code trun} box: its samples lie one after another from the base plus its data offset. */
    void run(ByteBuffer in, long body, long end, FragmentDefaults defaults) throws IOException {
        int flags = in.getInt((int) body) & 0xFFFFFF;
        long samples = u32(in, body + 4);
        long at = body + 8;
        long data = defaults.base();
        if ((flags & 0x1) != 0) {
            data += in.getInt((int) at);
            at += 4;
        }
        at += (flags & 0x4) != 0 ? 4 : 0; // first sample's flags
        int fields = Integer.bitCount(flags & 0xF00);
        if (count + samples > MAX_FRAMES || at + samples * fields * 4 > end) {
            throw new IOException("a run larger than its box or a voice note");
        }
        for (int i = 0; i < samples; i++) {
            long entry = at + (long) i * fields * 4 + ((flags & 0x100) != 0 ? 4 : 0);
            long size = (flags & 0x200) != 0 ? u32(in, entry) : defaults.sampleSize();
            add(data, size);
            data += size;
        }
    }

    AacTrack track(byte[] config, long priming, long fileLength) throws IOException {
        for (int i = 0; i < count; i++) {
            if (offsets[i] < 0 || sizes[i] <= 0 || offsets[i] + sizes[i] > fileLength) {
                throw new IOException("an AAC frame lies outside the file");
            }
        }
        return new AacTrack(config, Arrays.copyOf(offsets, count), Arrays.copyOf(sizes, count), priming);
    }

    private void add(long offset, long size) throws IOException {
        if (count >= MAX_FRAMES || size > Integer.MAX_VALUE) {
            throw new IOException("more AAC frames than a voice note holds");
        }
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            sizes = Arrays.copyOf(sizes, count * 2);
        }
        offsets[count] = offset;
        sizes[count++] = (int) size;
    }

    private static long u32(ByteBuffer in, long at) {
        return in.getInt((int) at) & 0xFFFFFFFFL;
    }
}
