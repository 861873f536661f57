package dev.rapport.voice.audio;

/**
 * The length of an M4A (ISO base media) file: the movie header's duration over its timescale, else
 * the sound track's media header, else, for the fragmented files browsers' MediaRecorder writes
 * (whose movie header says 0), the fragment durations. Boxes are walked, never trusted: a box longer
 * than what is left is a cut file, nesting is bounded, and sample tables are summed without a loop
 * when every sample has the default duration.
 */
final class M4aDuration {

    private static final int MAX_DEPTH = 8;

    private final Mp4Times times = new Mp4Times();
    private boolean sound;
    private long mediaBytes;

    long millis(byte[] data) {
        AudioCursor in = new AudioCursor(data, AudioFormat.M4A, 0);
        walk(in, data.length, 0);
        if (!sound || mediaBytes == 0) {
            throw in.noAudio();
        }
        return times.millis(in);
    }

    private void walk(AudioCursor in, long end, int depth) {
        if (depth > MAX_DEPTH) {
            throw in.corrupt("its boxes are nested too deeply");
        }
        while (in.position() < end) {
            int start = in.position();
            long size = in.u32be();
            String type = in.ascii(4);
            if (size == 1) {
                size = in.u64be();
            } else if (size == 0) {
                size = end - start; // runs to the end of its parent
            }
            long header = in.position() - start;
            if (size < header) {
                throw in.corrupt("a " + type.strip() + " box is shorter than its own header");
            }
            if (size > end - start) {
                throw in.truncated();
            }
            long boxEnd = start + size;
            switch (type) {
                case "moov", "trak", "mdia", "mvex", "moof", "traf" -> walk(in, boxEnd, depth + 1);
                case "hdlr" -> {
                    in.skip(8); // version, flags, pre-defined
                    sound |= in.ascii(4).equals("soun");
                }
                case "mdat" -> mediaBytes += size - header;
                default -> times.read(type, in, boxEnd);
            }
            in.seek(boxEnd);
        }
    }
}
