package dev.rapport.speech.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.sourceforge.jaad.aac.AACException;
import net.sourceforge.jaad.aac.Decoder;
import net.sourceforge.jaad.aac.SampleBuffer;

/**
 * An M4A's AAC frames decoded with JAAD (as carried in jcodec), after the encoder's priming samples
 * that the edit list says to skip.
 */
final class AacDecoding {

    private AacDecoding() {}

    static MonoSamples decode(byte[] m4a) throws IOException {
        AacTrack track = M4aSamples.read(m4a);
        Decoder decoder = new Decoder(track.decoderConfig());
        SampleBuffer buffer = new SampleBuffer();
        buffer.setBigEndian(false);
        MonoSamples out = null;
        for (int i = 0; i < track.offsets().length; i++) {
            byte[] frame = new byte[track.sizes()[i]];
            System.arraycopy(m4a, (int) track.offsets()[i], frame, 0, frame.length);
            decode(decoder, frame, buffer);
            int channels = buffer.getChannels();
            if (out == null) {
                out = new MonoSamples(buffer.getSampleRate());
                out.skip(track.primingSamples());
            }
            out.addInterleaved(ByteBuffer.wrap(buffer.getData()), ByteOrder.LITTLE_ENDIAN, channels);
        }
        if (out == null) {
            throw new IOException("no AAC frames");
        }
        return out;
    }

    private static void decode(Decoder decoder, byte[] frame, SampleBuffer buffer) throws IOException {
        try {
            decoder.decodeFrame(frame, buffer);
        } catch (AACException e) {
            throw new IOException("an AAC frame does not decode", e);
        }
        if (buffer.getChannels() < 1 || buffer.getChannels() > 2 || buffer.getBitsPerSample() != 16) {
            throw new IOException("AAC with " + buffer.getChannels() + " channels");
        }
    }
}
