package dev.rapport.speech.decode;

import dev.rapport.voice.audio.MpegFrame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jcodec.codecs.mpa.Mp3Decoder;

/**
 * An MP3 decoded frame by frame with jcodec's layer III decoder. Frames are found by their headers,
 * as the recording checks walked them; the encoder's Xing/Info frame is skipped (it holds no sound).
 * Decoding stops at the first bytes that are not a whole frame (an ID3v1 tag, or the end).
 */
final class Mp3Decoding {

    /** Two granules of 576 samples, two channels, two bytes each. */
    private static final int MAX_FRAME_BYTES = 2 * 576 * 2 * 2;
    /** The layer III synthesis filter's own delay, which LAME's gapless figures leave to the decoder. */
    private static final int DECODER_DELAY = 529;

    private Mp3Decoding() {}

    static MonoSamples decode(byte[] mp3) throws IOException {
        int position = audioStart(mp3);
        MpegFrame first = MpegFrame.at(mp3, position);
        if (first == null) {
            throw new IOException("no MPEG audio frame");
        }
        int channels = channels(mp3, position);
        MonoSamples out = new MonoSamples(first.sampleRate());
        Mp3Decoder decoder = new Mp3Decoder();
        ByteBuffer pcm = ByteBuffer.allocate(MAX_FRAME_BYTES);
        int[] gapless = gapless(mp3, position, first);
        out.skip(gapless[0] + DECODER_DELAY);
        for (MpegFrame frame = first; frame != null; frame = MpegFrame.at(mp3, position)) {
            if (frame.length() > mp3.length - position) {
                break;
            }
            if (frame.sampleRate() != first.sampleRate() || channels(mp3, position) != channels) {
                throw new IOException("the stream changes its sample rate or channels");
            }
            if (!isTag(mp3, position, frame)) {
                pcm.clear();
                decoder.decodeFrame(ByteBuffer.wrap(mp3, position, frame.length()), pcm);
                out.addInterleaved(pcm, ByteOrder.LITTLE_ENDIAN, channels);
            }
            position += frame.length();
        }
        out.trim(gapless[1] - DECODER_DELAY);
        return out;
    }

    /**
     * The encoder delay and padding LAME (and FFmpeg through it) write after a full Info tag, 12 bits
     * each at byte 141 of the tag; {0, 0} without one.
     */
    private static int[] gapless(byte[] mp3, int position, MpegFrame frame) {
        int tag = position + 4 + frame.sideInfoBytes();
        if (!isTag(mp3, position, frame) || tag + 144 > mp3.length || (mp3[tag + 7] & 0x0F) != 0x0F) {
            return new int[] {0, 0};
        }
        int at = tag + 141;
        int bits = (mp3[at] & 0xFF) << 16 | (mp3[at + 1] & 0xFF) << 8 | mp3[at + 2] & 0xFF;
        return new int[] {bits >> 12, bits & 0xFFF};
    }

    /** After an ID3v2 tag, whose size is "syncsafe" (seven bits a byte), plus a footer when flagged. */
    private static int audioStart(byte[] mp3) {
        if (mp3.length < 10 || !ascii(mp3, 0, "ID3")) {
            return 0;
        }
        int size = (mp3[6] & 0x7F) << 21 | (mp3[7] & 0x7F) << 14 | (mp3[8] & 0x7F) << 7 | mp3[9] & 0x7F;
        return 10 + size + ((mp3[5] & 0x10) != 0 ? 10 : 0);
    }

    private static int channels(byte[] mp3, int frame) {
        return (mp3[frame + 3] >> 6 & 3) == 3 ? 1 : 2;
    }

    private static boolean isTag(byte[] mp3, int position, MpegFrame frame) {
        int tag = position + 4 + frame.sideInfoBytes();
        return ascii(mp3, tag, "Xing") || ascii(mp3, tag, "Info");
    }

    private static boolean ascii(byte[] data, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (offset < 0 || offset + bytes.length > data.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (data[offset + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
