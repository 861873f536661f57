package dev.rapport.knowledge;

import dev.rapport.model.Grounding;
import java.util.List;
import java.util.Optional;

/**
 * What the knowledge base offers for one question: a canned FAQ answer sure enough to send without
 * the model, or else the best FAQs and passages as grounding for it (possibly none).
 */
public record Advice(FaqMatch faqAnswer, List<Retrieved> grounding) {

    public static final Advice NOTHING = new Advice(null, List.of());

    public Advice {
        grounding = List.copyOf(grounding);
    }

    public Optional<FaqMatch> answer() {
        return Optional.ofNullable(faqAnswer);
    }

    /** The same advice, with facts a tool returned among what the reply may cite. */
    public Advice citing(List<Retrieved> facts) {
        if (facts.isEmpty()) {
            return this;
        }
        List<Retrieved> all = new java.util.ArrayList<>(grounding);
        all.addAll(facts);
        return new Advice(faqAnswer, all);
    }

    /** The prompt's knowledge blocks: the passage or FAQ answer under its id, titled. */
    public List<Grounding> groundings() {
        return grounding.stream()
                .map(r -> new Grounding(Grounding.KNOWLEDGE, r.id(), r.title() + "\n" + r.text()))
                .toList();
    }
}
