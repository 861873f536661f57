package dev.rapport.voice.audio;

/**
 * The time boxes of an ISO media file, read as the walk meets them: movie and media headers, the
 * fragment header and, failing those, every fragment's sample durations.
 */
final class Mp4Times {

    private long movieScale;
    private long movieDuration;
    private long mediaScale;
    private long mediaDuration;
    private long fragmentDuration;
    private long trackDefault;
    private long fragmentDefault;
    private long sampleSum;

    void read(String type, AudioCursor in, long boxEnd) {
        switch (type) {
            case "mvhd" -> {
                long[] header = header(in);
                movieScale = header[0];
                movieDuration = header[1];
            }
            case "mdhd" -> {
                long[] header = header(in);
                mediaScale = header[0];
                mediaDuration = header[1];
            }
            case "mehd" ->
                fragmentDuration =
                        in.u8() == 1 ? skip(in, 3).u64be() : skip(in, 3).u32be();
            case "trex" -> trackDefault = skip(in, 12).u32be(); // after version, flags, track, description
            case "tfhd" -> fragmentDefault = fragmentDefault(in);
            case "trun" -> sampleSum = saturatedAdd(sampleSum, samples(in, boxEnd));
            default -> {}
        }
    }

    long millis(AudioCursor in) {
        if (movieDuration > 0 && movieDuration != 0xFFFFFFFFL) {
            return in.millis(movieDuration, movieScale);
        }
        if (mediaDuration > 0 && mediaDuration != 0xFFFFFFFFL) {
            return in.millis(mediaDuration, mediaScale);
        }
        if (fragmentDuration > 0) {
            return in.millis(fragmentDuration, movieScale);
        }
        if (sampleSum > 0) {
            return in.millis(sampleSum, mediaScale);
        }
        throw in.noAudio();
    }

    /** Version 0 holds 32-bit times, version 1 64-bit ones: {timescale, duration}. */
    private static long[] header(AudioCursor in) {
        boolean wide = in.u8() == 1;
        in.skip(3 + (wide ? 16 : 8)); // flags, creation and modification times
        long scale = in.u32be();
        return new long[] {scale, wide ? in.u64be() : in.u32be()};
    }

    private long fragmentDefault(AudioCursor in) {
        long flags = in.u32be() & 0xFFFFFF;
        in.skip(4 + ((flags & 1) != 0 ? 8 : 0) + ((flags & 2) != 0 ? 4 : 0)); // track, base offset, description
        return (flags & 8) != 0 ? in.u32be() : trackDefault;
    }

    /** One run of samples; the per-sample table is bounded by the box, so a huge count cannot spin. */
    private long samples(AudioCursor in, long boxEnd) {
        long flags = in.u32be() & 0xFFFFFF;
        long count = in.u32be();
        in.skip(((flags & 1) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 4 : 0)); // data offset, first flags
        if ((flags & 0x100) == 0) {
            long product = count * fragmentDefault; // both under 2^32: a negative product overflowed
            return product < 0 ? Long.MAX_VALUE : product;
        }
        int fields = Long.bitCount(flags & 0xF00);
        if (count * fields * 4 > boxEnd - in.position()) {
            throw in.corrupt("a run of samples claims more entries than its box holds");
        }
        long sum = 0;
        for (long i = 0; i < count; i++) {
            sum = saturatedAdd(sum, in.u32be());
            in.skip((fields - 1) * 4L);
        }
        return sum;
    }

    private static AudioCursor skip(AudioCursor in, int count) {
        in.skip(count);
        return in;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
