package dev.rapport.voice.audio;

/**
 * The length of a WebM recording: the Segment Info's Duration times the timecode scale, or, when the
 * writer left Duration out (browsers' MediaRecorder does: it cannot know the length while recording),
 * the timecode of the last block. Element ids are unique across Matroska, so one flat pass that steps
 * into the masters it needs and over everything else reads both, including live files whose Segment
 * and Clusters have unknown sizes.
 */
final class WebmDuration {

    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1L;
    private static final long DURATION = 0x4489L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long CLUSTER_TIMECODE = 0xE7L;
    private static final long BLOCK_GROUP = 0xA0L;
    private static final long BLOCK = 0xA1L;
    private static final long SIMPLE_BLOCK = 0xA3L;
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    long millis(byte[] data) {
        AudioCursor in = new AudioCursor(
                data, AudioFormat.WEBM_OPUS, new EbmlHeader().read(data).end());
        EbmlCursor ebml = new EbmlCursor(in);
        long timecodeScale = 1_000_000;
        double duration = -1;
        long clusterTime = 0;
        long lastBlock = Long.MIN_VALUE;
        while (!in.atEnd()) {
            long id = ebml.id();
            long size = ebml.size();
            boolean unknown = size == EbmlCursor.UNKNOWN_SIZE;
            if (!unknown && size > in.remaining()) {
                throw in.truncated();
            }
            if (id == SEGMENT || id == INFO || id == CLUSTER || id == BLOCK_GROUP) {
                continue; // a master: its children follow
            }
            if (unknown) {
                throw in.corrupt("an element other than a segment or cluster has no size");
            }
            int next = in.position() + (int) size;
            if (id == TIMECODE_SCALE) {
                timecodeScale = ebml.unsigned(size);
            } else if (id == DURATION) {
                duration = ebml.floating(size);
            } else if (id == CLUSTER_TIMECODE) {
                clusterTime = ebml.unsigned(size);
            } else if (id == SIMPLE_BLOCK || id == BLOCK) {
                if (size < 4) {
                    throw in.corrupt("a block is too short to hold a frame");
                }
                ebml.size(); // track number
                lastBlock = Math.max(lastBlock, clusterTime + (short) in.u16be());
            }
            in.seek(next);
        }
        if (lastBlock == Long.MIN_VALUE) {
            throw in.noAudio();
        }
        double units = duration >= 0 ? duration : lastBlock;
        double millis = units * timecodeScale / NANOS_PER_MILLI;
        if (Double.isNaN(millis) || millis < 0) {
            throw in.corrupt("its duration is not a length of time");
        }
        return Math.round(millis);
    }
}
