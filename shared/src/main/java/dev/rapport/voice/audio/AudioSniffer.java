package dev.rapport.voice.audio;

import dev.rapport.problem.ProblemException;
import java.nio.charset.StandardCharsets;

/**
 * Tells what a recording really is from its first bytes, never from what the client declared: the
 * declared format only has to agree. Formats we do not take are named, so the customer learns what
 * to send instead of guessing.
 */
final class AudioSniffer {

    private static final String ACCEPTED = "send OGG/Opus, WebM/Opus, MP3, WAV or M4A";

    AudioFormat sniff(byte[] data) {
        if (startsWith(data, 0, "OggS")) {
            return AudioFormat.OGG_OPUS;
        }
        if (startsWith(data, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return requireWebm(data);
        }
        if (startsWith(data, 0, "ID3") || MpegFrame.at(data, 0) != null) {
            return AudioFormat.MP3;
        }
        if (startsWith(data, 0, "RIFF") && startsWith(data, 8, "WAVE")) {
            return AudioFormat.WAV;
        }
        if (startsWith(data, 4, "ftyp")) {
            return new Mp4Brands().require(data);
        }
        String other = unsupportedName(data);
        throw ProblemException.unsupportedMediaType(
                "unsupported-audio-format",
                other != null
                        ? "the recording is " + other + ", which is not accepted; " + ACCEPTED
                        : "the data is not a recognised recording; " + ACCEPTED);
    }

    void requireDeclared(AudioFormat declared, AudioFormat actual) {
        if (declared != actual) {
            throw ProblemException.unprocessable(
                    "audio-format-mismatch",
                    "audio.format says " + declared.wireName() + " but the data is a " + actual.label() + " recording");
        }
    }

    /** Matroska and WebM share the EBML magic; only the header's DocType tells them apart. */
    private static AudioFormat requireWebm(byte[] data) {
        String docType = new EbmlHeader().docType(data);
        if (!"webm".equals(docType)) {
            throw ProblemException.unsupportedMediaType(
                    "unsupported-audio-format",
                    "the recording is Matroska (DocType " + printable(docType) + "), not WebM; " + ACCEPTED);
        }
        return AudioFormat.WEBM_OPUS;
    }

    private static String unsupportedName(byte[] data) {
        if (startsWith(data, 0, "fLaC")) {
            return "FLAC";
        }
        if (startsWith(data, 0, "#!AMR")) {
            return "AMR";
        }
        if (startsWith(data, 0, "caff")) {
            return "Core Audio (CAF)";
        }
        if (startsWith(data, 0, "RIFF")) {
            return "a RIFF file that is not WAVE";
        }
        if (MpegFrame.isAdts(data, 0)) {
            return "raw AAC (ADTS) without an M4A container";
        }
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF) || startsWith(data, 1, "PNG")) {
            return "an image";
        }
        return null;
    }

    private static String printable(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && text.length() <= 16 ? text : "unreadable";
    }

    static boolean startsWith(byte[] data, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.ISO_8859_1);
        int[] values = new int[expected.length];
        for (int i = 0; i < expected.length; i++) {
            values[i] = expected[i] & 0xFF;
        }
        return startsWith(data, offset, values);
    }

    static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
