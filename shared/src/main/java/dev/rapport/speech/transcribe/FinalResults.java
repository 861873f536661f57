package dev.rapport.speech.transcribe;

import dev.rapport.voice.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.transcribestreaming.model.Alternative;
import software.amazon.awssdk.services.transcribestreaming.model.Item;
import software.amazon.awssdk.services.transcribestreaming.model.ItemType;
import software.amazon.awssdk.services.transcribestreaming.model.LanguageCode;
import software.amazon.awssdk.services.transcribestreaming.model.Result;
import software.amazon.awssdk.services.transcribestreaming.model.TranscriptEvent;

/**
 * The final results of one stream, in order. Partial results are dropped: each is superseded by a
 * final one for the same stretch of audio. Events arrive on the SDK's thread, read after the call ends.
 */
final class FinalResults {

    private final List<String> texts = new ArrayList<>();
    private final List<Double> confidences = new ArrayList<>();
    private String language;

    synchronized void add(TranscriptEvent event) {
        for (Result result : event.transcript().results()) {
            if (Boolean.TRUE.equals(result.isPartial()) || result.alternatives().isEmpty()) {
                continue;
            }
            Alternative best = result.alternatives().get(0);
            texts.add(best.transcript() == null ? "" : best.transcript().strip());
            for (Item item : best.items()) {
                if (item.type() == ItemType.PRONUNCIATION) {
                    // A word without a confidence counts as unsure: it must not make a transcript look sure.
                    confidences.add(item.confidence() == null ? 0 : item.confidence());
                }
            }
            if (result.languageCode() != null && result.languageCode() != LanguageCode.UNKNOWN_TO_SDK_VERSION) {
                language = result.languageCode().toString();
            }
        }
    }

    /** The joined transcript, or empty when no words were heard. */
    synchronized Optional<Transcript> transcript(String hint) {
        String chineseJoin = language != null && language.startsWith("zh") ? "" : " ";
        String text = String.join(
                        chineseJoin, texts.stream().filter(t -> !t.isEmpty()).toList())
                .strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double confidence =
                confidences.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        String heardIn = language != null
                ? language
                : TranscribeStreamingTranscriber.preferred(hint)
                        .map(LanguageCode::toString)
                        .orElse("en-US");
        return Optional.of(new Transcript(text, Math.max(0, Math.min(1, confidence)), heardIn));
    }
}
