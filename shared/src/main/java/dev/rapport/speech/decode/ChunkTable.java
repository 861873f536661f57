package dev.rapport.speech.decode;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A plain file's chunks: where each starts ({@code stco}/{@code co64}) and how many samples each holds
 * ({@code stsc}, runs of chunks with the same count), from which every sample's offset follows.
 */
final class ChunkTable {

    private long[] chunkOffsets = new long[0];
    private long[] runs = new long[0]; // first chunk (1-based), samples per chunk, in pairs

    void offsets(ByteBuffer in, long body, long end, boolean wide) throws IOException {
        long count = u32(in, body + 4);
        int width = wide ? 8 : 4;
        if (count > SampleList.MAX_FRAMES || body + 8 + count * width > end) {
            throw new IOException("a chunk table larger than its box");
        }
        chunkOffsets = new long[(int) count];
        for (int i = 0; i < count; i++) {
            int at = (int) (body + 8 + (long) i * width);
            chunkOffsets[i] = wide ? in.getLong(at) : u32(in, at);
        }
    }

    void samplesPerChunk(ByteBuffer in, long body, long end) throws IOException {
        long count = u32(in, body + 4);
        if (count > SampleList.MAX_FRAMES || body + 8 + count * 12 > end) {
            throw new IOException("a sample-to-chunk table larger than its box");
        }
        runs = new long[2 * (int) count];
        for (int i = 0; i < count; i++) {
            runs[2 * i] = u32(in, body + 8 + 12L * i);
            runs[2 * i + 1] = u32(in, body + 12 + 12L * i);
        }
    }

    /** Gives each sample of the table its offset; a fragmented file's runs already have theirs. */
    void resolve(SampleList samples, long fileLength) throws IOException {
        if (chunkOffsets.length == 0) {
            return;
        }
        int sample = 0;
        for (int chunk = 0; chunk < chunkOffsets.length && sample < samples.count(); chunk++) {
            long perChunk = perChunk(chunk + 1);
            long at = chunkOffsets[chunk];
            for (long s = 0; s < perChunk && sample < samples.count(); s++, sample++) {
                samples.offset(sample, at);
                at += samples.size(sample);
            }
        }
        if (sample < samples.count()) {
            throw new IOException("the chunks hold fewer samples than the sample table lists");
        }
    }

    private long perChunk(long chunk) {
        long perChunk = 0;
        for (int i = 0; i < runs.length; i += 2) {
            if (runs[i] <= chunk) {
                perChunk = runs[i + 1];
            }
        }
        return perChunk;
    }

    private static long u32(ByteBuffer in, long at) {
        return in.getInt((int) at) & 0xFFFFFFFFL;
    }
}
