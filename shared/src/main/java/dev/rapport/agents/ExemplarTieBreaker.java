package dev.rapport.agents;

import dev.rapport.knowledge.Embedder;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Breaks the rules' doubts by meaning: the candidate whose example sentences lie closest to the
 * message, when it is close enough and clearly closer than the next. The examples are embedded once,
 * on first use, so a supervisor that never doubts never loads them.
 */
public final class ExemplarTieBreaker implements TieBreaker {

    /**
     * Below this cosine a message resembles no example: the rules' own order decides. The local model
     * (bge-small-zh) puts unrelated English sentences near 0.55–0.6 apart, hence the bar.
     */
    static final double MIN_SIMILARITY = 0.65;

    /** The best candidate must beat the next by this much, or the embedding cannot tell them apart. */
    static final double MIN_MARGIN = 0.05;

    private final Embedder embedder;
    private Map<Specialist, List<float[]>> examples;

    public ExemplarTieBreaker(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public Optional<Specialist> pick(String message, Set<Specialist> candidates) {
        if (message.isBlank() || candidates.isEmpty()) {
            return Optional.empty();
        }
        float[] vector = embedder.embed(message);
        List<Map.Entry<Specialist, Double>> ranked = candidates.stream()
                .map(s -> Map.entry(s, closest(vector, examples().get(s))))
                .sorted(Map.Entry.<Specialist, Double>comparingByValue(Comparator.reverseOrder()))
                .toList();
        double best = ranked.get(0).getValue();
        double next = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return best >= MIN_SIMILARITY && best - next >= MIN_MARGIN
                ? Optional.of(ranked.get(0).getKey())
                : Optional.empty();
    }

    private static double closest(float[] vector, List<float[]> vectors) {
        return vectors.stream()
                .mapToDouble(v -> Embedder.cosine(vector, v))
                .max()
                .orElse(0);
    }

    private synchronized Map<Specialist, List<float[]>> examples() {
        if (examples == null) {
            Map<Specialist, List<float[]>> embedded = new EnumMap<>(Specialist.class);
            RoutingExamples.SENTENCES.forEach((specialist, sentences) -> embedded.put(
                    specialist, sentences.stream().map(embedder::embed).toList()));
            examples = embedded;
        }
        return examples;
    }
}
