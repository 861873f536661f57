package dev.rapport.voice.audio;

import dev.rapport.problem.ProblemException;
import java.util.Set;

/**
 * Reads the {@code ftyp} box of an ISO media file: M4A, MP4 and ISO base brands are audio the
 * transcriber takes; QuickTime, 3GPP and still-image brands share the box and are named instead.
 */
final class Mp4Brands {

    private static final Set<String> ACCEPTED = Set.of(
            "M4A ", "M4B ", "mp42", "mp41", "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "dash", "iso8", "iso9");

    AudioFormat require(byte[] data) {
        AudioCursor in = new AudioCursor(data, AudioFormat.M4A, 0);
        long size = in.u32be();
        in.skip(4); // "ftyp"
        if (size < 16 || size > data.length) {
            throw size > data.length ? in.truncated() : in.corrupt("its ftyp box is too short");
        }
        String major = in.ascii(4);
        if (ACCEPTED.contains(major)) {
            return AudioFormat.M4A;
        }
        String named = unsupported(major);
        in.skip(4); // minor version
        boolean compatible = false;
        for (long i = 0, n = (size - 16) / 4; i < n; i++) {
            compatible |= ACCEPTED.contains(in.ascii(4));
        }
        if (named == null && compatible) {
            return AudioFormat.M4A;
        }
        throw ProblemException.unsupportedMediaType(
                "unsupported-audio-format",
                "the recording is " + (named != null ? named : "an ISO media file of an unknown brand")
                        + ", which is not accepted; send OGG/Opus, WebM/Opus, MP3, WAV or M4A");
    }

    private static String unsupported(String major) {
        if (major.equals("qt  ")) {
            return "a QuickTime movie";
        }
        if (major.startsWith("3g")) {
            return "3GPP";
        }
        if (major.startsWith("hei") || major.startsWith("mif") || major.startsWith("avi")) {
            return "an image";
        }
        return null;
    }
}
