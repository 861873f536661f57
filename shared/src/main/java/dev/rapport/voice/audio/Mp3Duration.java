package dev.rapport.voice.audio;

/**
 * The length of an MP3: the frame count of a Xing/Info or VBRI tag when the encoder wrote one, else
 * the frames counted one by one (headers only, four bytes each). Either way every frame header is
 * walked, so a last frame cut short, or a tag promising more bytes than arrived, is a cut file.
 */
final class Mp3Duration {

    /** Room for a trailing ID3v1 or APE tag, which a tag's byte count may or may not include. */
    private static final long TRAILER_SLACK = 256;

    long millis(byte[] data) {
        AudioCursor in = new AudioCursor(data, AudioFormat.MP3, 0);
        int start = AudioSniffer.startsWith(data, 0, "ID3") ? skipId3(in) : 0;
        MpegFrame first = MpegFrame.at(data, start);
        if (first == null) {
            throw start == data.length ? in.noAudio() : in.corrupt("no MPEG audio frame follows its ID3 tag");
        }
        Tag tag = Tag.read(data, start, first);
        long frames = 0;
        int position = start;
        for (MpegFrame frame = first; frame != null; frame = MpegFrame.at(data, position)) {
            if (frame.length() > data.length - position) {
                throw in.truncated();
            }
            frames++;
            position += frame.length();
        }
        long audioFrames = tag == null ? frames : frames - 1; // the tag's own frame is silence
        if (audioFrames <= 0) {
            throw in.noAudio();
        }
        if (tag != null && (tag.bytes() > data.length - start + TRAILER_SLACK || tag.frames() > audioFrames + 1)) {
            throw in.truncated();
        }
        long counted = tag != null && tag.frames() > 0 ? tag.frames() : audioFrames;
        return in.millis(counted * first.samples(), first.sampleRate());
    }

    /** ID3v2's size is "syncsafe": seven bits a byte, so a set high bit means a damaged tag. */
    private static int skipId3(AudioCursor in) {
        in.skip(5); // "ID3", version
        int flags = in.u8();
        long size = 0;
        for (int i = 0; i < 4; i++) {
            int b = in.u8();
            if (b > 0x7F) {
                throw in.corrupt("its ID3 tag size is not syncsafe");
            }
            size = size << 7 | b;
        }
        in.skip(size + ((flags & 0x10) != 0 ? 10 : 0));
        return in.position();
    }

    /** What an encoder's Xing/Info or VBRI tag promises: frames and bytes (0 when not given). */
    private record Tag(long frames, long bytes) {

        static Tag read(byte[] data, int frameStart, MpegFrame frame) {
            int xing = frameStart + 4 + frame.sideInfoBytes();
            if (AudioSniffer.startsWith(data, xing, "Xing") || AudioSniffer.startsWith(data, xing, "Info")) {
                AudioCursor in = new AudioCursor(data, AudioFormat.MP3, xing + 4);
                long flags = in.u32be();
                long frames = (flags & 1) != 0 ? in.u32be() : 0;
                long bytes = (flags & 2) != 0 ? in.u32be() : 0;
                return new Tag(frames, bytes);
            }
            int vbri = frameStart + 36;
            if (AudioSniffer.startsWith(data, vbri, "VBRI")) {
                AudioCursor in = new AudioCursor(data, AudioFormat.MP3, vbri + 10);
                long bytes = in.u32be();
                return new Tag(in.u32be(), bytes);
            }
            return null;
        }
    }
}
