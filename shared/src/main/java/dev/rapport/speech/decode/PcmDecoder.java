package dev.rapport.speech.decode;

import dev.rapport.problem.ProblemException;
import dev.rapport.voice.audio.AudioFormat;
import java.io.IOException;
import org.jcodec.common.logging.LogLevel;
import org.jcodec.common.logging.Logger;

/**
 * MP3 and M4A (AAC) voice notes as 16 kHz mono PCM, decoded in memory for Transcribe streaming. The
 * recording checks have already read the container's headers; a file that passed them and still does
 * not decode (damaged frames, an unsupported AAC profile, intensity stereo) is a 422, not a fault.
 */
public final class PcmDecoder {

    static {
        // jcodec logs a warning line to stdout for every damaged frame it meets; the 422 says enough.
        Logger.setLevel(LogLevel.ERROR);
    }

    private PcmDecoder() {}

    public static Pcm decode(AudioFormat format, byte[] recording) {
        try {
            MonoSamples samples = switch (format) {
                case MP3 -> Mp3Decoding.decode(recording);
                case M4A -> AacDecoding.decode(recording);
                default -> throw new IllegalArgumentException("not decoded here: " + format);
            };
            if (samples.size() == 0) {
                throw new IOException("no samples");
            }
            return Resampler.toPcm(samples);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders written for well-formed streams fail on damaged ones with any runtime exception.
            throw ProblemException.unprocessable(
                    "audio-unreadable",
                    "The " + format.label() + " recording could not be decoded; record it again or send OGG/Opus.");
        }
    }
}
