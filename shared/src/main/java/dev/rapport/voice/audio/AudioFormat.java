package dev.rapport.voice.audio;

import dev.rapport.problem.ProblemException;
import java.util.Locale;

/** The recordings a voice inquiry accepts: what browsers' MediaRecorder and phone apps produce. */
public enum AudioFormat {
    OGG_OPUS("ogg", "audio/ogg", "OGG"),
    WEBM_OPUS("webm", "audio/webm", "WebM"),
    MP3("mp3", "audio/mpeg", "MP3"),
    WAV("wav", "audio/wav", "WAV"),
    M4A("m4a", "audio/mp4", "M4A");

    private final String wireName;
    private final String mediaType;
    private final String label;

    AudioFormat(String wireName, String mediaType, String label) {
        this.wireName = wireName;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** The name a person reads in a problem detail. */
    public String label() {
        return label;
    }

    /** The name used in requests ({@code "audio":{"format":"ogg"}}). */
    public String wireName() {
        return wireName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Parses the declared format; media types and common spellings are accepted, as for photos. */
    public static AudioFormat fromDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            throw ProblemException.badRequest(
                    "audio-format-missing", "audio.format is required: one of ogg, webm, mp3, wav, m4a");
        }
        String name = declared.strip().toLowerCase(Locale.ROOT);
        int parameters = name.indexOf(';');
        name = parameters < 0 ? name : name.substring(0, parameters).strip();
        return switch (name) {
            case "ogg", "opus", "audio/ogg", "audio/opus" -> OGG_OPUS;
            case "webm", "audio/webm" -> WEBM_OPUS;
            case "mp3", "mpeg", "audio/mpeg", "audio/mp3" -> MP3;
            case "wav", "wave", "audio/wav", "audio/x-wav", "audio/wave" -> WAV;
            case "m4a", "aac", "mp4", "audio/mp4", "audio/m4a", "audio/x-m4a", "audio/aac" -> M4A;
            default ->
                throw ProblemException.unsupportedMediaType(
                        "unsupported-audio-format", "audio.format must be one of ogg, webm, mp3, wav, m4a");
        };
    }
}
