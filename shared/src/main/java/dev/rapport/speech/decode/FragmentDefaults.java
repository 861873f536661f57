package dev.rapport.speech.decode;

import java.nio.ByteBuffer;

/**
 * What a fragmented file's track runs fall back on: the movie's {@code trex} defaults, overridden per
 * fragment by {@code tfhd}, and the offset a run's data offset counts from.
 */
final class FragmentDefaults {

    private long trackDefaultSize;
    private long trackId = -1;
    private long sampleSize;
    private long base;

    void trackDefaults(ByteBuffer in, long body) {
        trackDefaultSize = in.getInt((int) body + 16) & 0xFFFFFFFFL; // after track, description, duration
    }

    /** Without an explicit base offset, runs count from their {@code moof} (as MediaRecorder writes). */
    void fragment(ByteBuffer in, long body, long moofStart) {
        int flags = in.getInt((int) body) & 0xFFFFFF;
        int at = (int) body + 4;
        trackId = in.getInt(at) & 0xFFFFFFFFL;
        at += 4;
        base = moofStart;
        if ((flags & 0x1) != 0) {
            base = in.getLong(at);
            at += 8;
        }
        at += (flags & 0x2) != 0 ? 4 : 0; // sample description index
        at += (flags & 0x8) != 0 ? 4 : 0; // default duration
        sampleSize = (flags & 0x10) != 0 ? in.getInt(at) & 0xFFFFFFFFL : trackDefaultSize;
    }

    long trackId() {
        return trackId;
    }

    long sampleSize() {
        return sampleSize;
    }

    long base() {
        return base;
    }
}
