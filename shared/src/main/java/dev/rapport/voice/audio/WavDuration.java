package dev.rapport.voice.audio;

/** The length of a WAVE file: its data chunk's size over the byte rate its fmt chunk declares. */
final class WavDuration {

    long millis(byte[] data) {
        AudioCursor in = new AudioCursor(data, AudioFormat.WAV, 4);
        long riffSize = in.u32le();
        if (riffSize + 8 > data.length) {
            throw in.truncated();
        }
        in.skip(4); // "WAVE"
        long byteRate = 0;
        while (in.remaining() >= 8) {
            String chunk = in.ascii(4);
            long size = in.u32le();
            if (size > in.remaining()) {
                throw in.truncated();
            }
            if (chunk.equals("data")) {
                if (byteRate == 0) {
                    throw in.corrupt("its data chunk comes before a fmt chunk with a byte rate");
                }
                if (size == 0) {
                    throw in.noAudio();
                }
                return in.millis(size, byteRate);
            }
            int next = in.position() + (int) size;
            if (chunk.equals("fmt ")) {
                if (size < 16) {
                    throw in.corrupt("its fmt chunk is too short");
                }
                in.skip(8); // audio format, channels, sample rate
                byteRate = in.u32le();
            }
            // Chunks are word-aligned; a pad byte missing at the very end is harmless.
            in.seek(Math.min(next + (size & 1), in.length()));
        }
        throw in.noAudio();
    }
}
