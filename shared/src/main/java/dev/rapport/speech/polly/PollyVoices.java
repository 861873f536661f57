package dev.rapport.speech.polly;

import dev.rapport.config.Environment;
import java.util.Locale;

/**
 * Which neural voice reads which language. Polly names a language by its own codes: Mandarin is
 * {@code cmn-CN}, not {@code zh-CN}.
 *
 * @param chinese {@code POLLY_VOICE_ZH}, a Mandarin neural voice
 * @param english {@code POLLY_VOICE_EN}, a US English neural voice
 */
public record PollyVoices(String chinese, String english) {

    public static final String DEFAULT_CHINESE = "Zhiyu";
    public static final String DEFAULT_ENGLISH = "Joanna";

    public PollyVoices {
        if (chinese == null || chinese.isBlank() || english == null || english.isBlank()) {
            throw new IllegalStateException("POLLY_VOICE_ZH and POLLY_VOICE_EN must not be blank");
        }
    }

    public static PollyVoices from(Environment env) {
        return new PollyVoices(env.get("POLLY_VOICE_ZH", DEFAULT_CHINESE), env.get("POLLY_VOICE_EN", DEFAULT_ENGLISH));
    }

    /** The voice and Polly language code for a reply in {@code zh-CN} or {@code en-US}; English otherwise. */
    Choice forLanguage(String languageTag) {
        boolean zh = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("zh");
        return zh ? new Choice(chinese, "cmn-CN") : new Choice(english, "en-US");
    }

    record Choice(String voiceId, String languageCode) {}
}
