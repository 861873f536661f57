package dev.rapport.speech.polly;

import dev.rapport.config.Environment;
import dev.rapport.voice.SpeechSynthesizer;
import dev.rapport.voice.SpokenReply;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.polly.PollyClient;
import software.amazon.awssdk.services.polly.model.Engine;
import software.amazon.awssdk.services.polly.model.OutputFormat;
import software.amazon.awssdk.services.polly.model.SynthesizeSpeechRequest;
import software.amazon.awssdk.services.polly.model.SynthesizeSpeechResponse;

/**
 * Reads a reply aloud with Polly's {@code SynthesizeSpeech}: a neural voice per language, MP3 out.
 * The spoken reply is an extra, so any failure (throttling, a 5xx, a timeout, an unknown voice) is a
 * log line and no audio; the text reply goes out regardless.
 */
public final class PollySpeechSynthesizer implements SpeechSynthesizer {

    private static final Logger LOG = LoggerFactory.getLogger(PollySpeechSynthesizer.class);
    private static final String MP3 = "audio/mpeg";

    private final PollyClient client;
    private final PollyVoices voices;

    public PollySpeechSynthesizer(PollyClient client, PollyVoices voices) {
        this.client = client;
        this.voices = voices;
    }

    public static PollySpeechSynthesizer create(Environment env) {
        return new PollySpeechSynthesizer(PollyClients.builder(null).build(), PollyVoices.from(env));
    }

    @Override
    public Optional<SpokenReply> speak(String text, String languageTag) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        PollyVoices.Choice voice = voices.forLanguage(languageTag);
        try {
            ResponseBytes<SynthesizeSpeechResponse> audio = client.synthesizeSpeechAsBytes(request(text, voice));
            return Optional.of(new SpokenReply(MP3, audio.asByteArray(), voice.voiceId()));
        } catch (SdkException e) {
            // The reply's text is not logged: it may quote the customer.
            LOG.warn(
                    "spoken reply unavailable ({} {}): {}",
                    voice.voiceId(),
                    voice.languageCode(),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The request built as for a real reply; never sent, since Polly bills every call. */
    @Override
    public void prime(String text, String languageTag) {
        request(text, voices.forLanguage(languageTag));
    }

    private static SynthesizeSpeechRequest request(String text, PollyVoices.Choice voice) {
        return SynthesizeSpeechRequest.builder()
                .engine(Engine.NEURAL)
                .outputFormat(OutputFormat.MP3)
                .voiceId(voice.voiceId())
                .languageCode(voice.languageCode())
                .text(SpeechText.of(text, voice.languageCode().startsWith("cmn"))
                        .text())
                .build();
    }
}
