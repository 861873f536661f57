package dev.rapport.speech.transcribe;

import dev.rapport.problem.ProblemException;
import dev.rapport.speech.decode.Pcm;
import dev.rapport.speech.decode.PcmDecoder;
import dev.rapport.voice.audio.AudioClip;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A recording as Transcribe streaming takes it: PCM, OGG/Opus or FLAC only. OGG/Opus goes as it is,
 * WebM/Opus re-packed as OGG/Opus (no decoding), a WAV file's 16-bit mono PCM without its header,
 * MP3 and M4A (Safari's and iPhones' recordings) decoded to 16 kHz mono PCM in memory; a WAV in
 * another layout is refused with a 415 that says what to send, before anything leaves the function.
 *
 * @param encoding Transcribe's {@code MediaEncoding}: {@code ogg-opus} or {@code pcm}
 */
record StreamedAudio(String encoding, int sampleRateHertz, byte[] data) {

    static final String OGG_OPUS = "ogg-opus";
    static final String PCM = "pcm";
    /** Opus always decodes at 48 kHz; OpusHead's input rate is informative and may be absent (0). */
    private static final int OPUS_RATE = 48_000;

    static StreamedAudio of(AudioClip clip) {
        return switch (clip.format()) {
            case OGG_OPUS -> new StreamedAudio(OGG_OPUS, opusRate(clip.data()), clip.data());
            case WEBM_OPUS -> remuxed(clip.data());
            case WAV -> pcm(clip.data());
            case MP3, M4A -> decoded(clip);
        };
    }

    /** Batch transcription would take MP3 and M4A as they are, but only from S3 and after polling a job. */
    private static StreamedAudio decoded(AudioClip clip) {
        Pcm pcm = PcmDecoder.decode(clip.format(), clip.data());
        return new StreamedAudio(PCM, pcm.sampleRate(), pcm.data());
    }

    /** Chrome records WebM/Opus: the same Opus packets, moved into Ogg pages, are what Transcribe takes. */
    private static StreamedAudio remuxed(byte[] webm) {
        try {
            byte[] ogg = WebmOpus.toOgg(webm);
            return new StreamedAudio(OGG_OPUS, opusRate(ogg), ogg);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable(
                    "audio-unreadable",
                    "The WebM recording holds no readable Opus audio; record again or send OGG/Opus.");
        }
    }

    private static int opusRate(byte[] ogg) {
        int head = indexOf(ogg, "OpusHead".getBytes(StandardCharsets.US_ASCII), 0, Math.min(ogg.length, 256));
        if (head < 0 || head + 16 > ogg.length) {
            return OPUS_RATE;
        }
        int rate = ByteBuffer.wrap(ogg, head + 12, 4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .getInt();
        return rate >= 8_000 && rate <= 48_000 ? rate : OPUS_RATE;
    }

    /** The WAV file's data chunk, if it is plain 16-bit mono PCM as Transcribe requires. */
    private static StreamedAudio pcm(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int rate = 0;
        boolean pcm16Mono = false;
        int at = 12;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            int size = in.getInt(at + 4);
            int body = at + 8;
            if (size < 0 || body + size > wav.length && !id.equals("data")) {
                break;
            }
            if (id.equals("fmt ") && size >= 16) {
                pcm16Mono = in.getShort(body) == 1 && in.getShort(body + 2) == 1 && in.getShort(body + 14) == 16;
                rate = in.getInt(body + 4);
            } else if (id.equals("data")) {
                if (!pcm16Mono || rate < 8_000 || rate > 48_000) {
                    break;
                }
                return new StreamedAudio(PCM, rate, Arrays.copyOfRange(wav, body, Math.min(wav.length, body + size)));
            }
            at = body + size + (size & 1);
        }
        throw refused("WAV recordings other than 16-bit mono PCM at 8-48 kHz");
    }

    private static ProblemException refused(String what) {
        return ProblemException.unsupportedMediaType(
                "audio-format-not-transcribable",
                what + " cannot be transcribed; send OGG/Opus, WebM/Opus, MP3, M4A or a 16-bit mono PCM WAV.");
    }

    private static int indexOf(byte[] data, byte[] needle, int from, int to) {
        for (int i = from; i + needle.length <= to; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
