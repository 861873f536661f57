package dev.rapport.voice.audio;

import dev.rapport.problem.ProblemException;

/**
 * The length of an Ogg stream from its pages' granule positions: the last page's position, less
 * Opus's pre-skip, over 48 kHz (Opus always counts at 48 kHz; Vorbis at its own rate). Every page
 * header is read, so a page whose body runs past the end is caught as a cut file.
 */
final class OggDuration {

    private static final long NO_GRANULE = -1;
    private static final int OPUS_RATE = 48_000;

    long millis(byte[] data) {
        AudioCursor in = new AudioCursor(data, AudioFormat.OGG_OPUS, 0);
        long serial = 0;
        long lastGranule = NO_GRANULE;
        Codec codec = null;
        while (!in.atEnd()) {
            if (!"OggS".equals(in.ascii(4)) || in.u8() != 0) {
                throw in.corrupt("a page does not start with OggS version 0");
            }
            in.u8(); // header type
            long granule = in.u64le();
            long pageSerial = in.u32le();
            in.skip(8); // sequence number and CRC
            int segments = in.u8();
            long body = 0;
            for (int i = 0; i < segments; i++) {
                body += in.u8();
            }
            if (body > in.remaining()) {
                throw in.truncated();
            }
            if (codec == null) {
                codec = Codec.read(data, in);
                serial = pageSerial;
            } else if (pageSerial == serial && granule != NO_GRANULE) {
                lastGranule = granule;
            }
            in.skip(body);
        }
        if (codec == null || lastGranule == NO_GRANULE || Long.compareUnsigned(lastGranule, codec.preSkip()) <= 0) {
            throw in.noAudio();
        }
        return in.millis(lastGranule - codec.preSkip(), codec.rate());
    }

    /** The first packet of the stream names the codec: Opus (OpusHead) or Vorbis. */
    private record Codec(long preSkip, long rate) {

        static Codec read(byte[] data, AudioCursor page) {
            AudioCursor in = new AudioCursor(data, AudioFormat.OGG_OPUS, page.position());
            if (AudioSniffer.startsWith(data, in.position(), "OpusHead")) {
                in.skip(10); // magic, version, channel count
                return new Codec(in.u16le(), OPUS_RATE);
            }
            if (AudioSniffer.startsWith(data, in.position(), "\u0001vorbis")) {
                in.skip(12); // packet type, magic, version, channel count
                return new Codec(0, in.u32le());
            }
            throw ProblemException.unsupportedMediaType(
                    "unsupported-audio-format",
                    "the OGG file holds neither Opus nor Vorbis audio; send OGG/Opus, WebM/Opus, MP3, WAV or M4A");
        }
    }
}
