package dev.rapport.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat turn's view of the knowledge base: decides whether an FAQ answers the question outright,
 * picks the grounding otherwise, and reads back which of it the reply cited. Works on the in-memory
 * index only, so it adds no store round trip to the turn.
 */
public final class KnowledgeAdvisor {

    /** No knowledge: every question goes to the model with nothing from the business. */
    public static final KnowledgeAdvisor NONE = new KnowledgeAdvisor(KnowledgeIndex::empty, KnowledgeSettings.DEFAULTS);

    /** How a reply cites: {@code [doc-returns#2]} or {@code [faq-return-window-en]}. */
    private static final Pattern MARKER = Pattern.compile("\\s?\\[([A-Za-z0-9][A-Za-z0-9._:-]{0,80}(?:#\\d{1,4})?)]");

    private final Supplier<KnowledgeIndex> index;
    private final KnowledgeSettings settings;

    public KnowledgeAdvisor(Supplier<KnowledgeIndex> index, KnowledgeSettings settings) {
        this.index = Objects.requireNonNull(index);
        this.settings = Objects.requireNonNull(settings);
    }

    public Advice advise(String question) {
        KnowledgeIndex current = index.get();
        if (current.size() == 0) {
            return Advice.NOTHING;
        }
        var faq = current.bestFaq(question)
                .filter(m -> m.confidence() >= settings.faqThreshold() && m.margin() >= settings.faqMargin());
        double least = current.embedded() ? settings.minScoreEmbedded() : settings.minScore();
        // Grounding even beside a sure FAQ answer: a turn the tools must answer still cites it.
        List<Retrieved> grounding = current.search(question, settings.groundingLimit()).stream()
                .filter(r -> r.score() >= least)
                .toList();
        return new Advice(faq.orElse(null), grounding);
    }

    /** Takes the markers of grounding ids out of the reply; markers of anything else are left as written. */
    public Cited cite(String reply, Advice advice) {
        Map<String, Retrieved> offered = new LinkedHashMap<>();
        advice.grounding().forEach(r -> offered.put(r.id(), r));
        Map<String, Retrieved> used = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        Matcher matcher = MARKER.matcher(reply);
        while (matcher.find()) {
            Retrieved source = offered.get(matcher.group(1));
            if (source != null) {
                used.putIfAbsent(source.id(), source);
                matcher.appendReplacement(text, "");
            } else {
                matcher.appendReplacement(text, Matcher.quoteReplacement(matcher.group()));
            }
        }
        matcher.appendTail(text);
        return new Cited(text.toString().strip(), new ArrayList<>(used.values()));
    }
}
