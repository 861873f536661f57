package dev.rapport.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat turn's view of the knowledge base: decides whether an FAQ answers the question outright,
 * picks the grounding otherwise, and reads back which of it the reply cited. The FAQs are always
 * held in memory, so the fast path adds no round trip to the turn; passages come from the same
 * in-memory index, or — for a corpus too large for that — from a managed {@link KnowledgeRetriever}
 * (a Bedrock knowledge base), asked only when no FAQ answers and answered around when it fails.
 */
public final class KnowledgeAdvisor {

    /** No knowledge: every question goes to the model with nothing from the business. */
    public static final KnowledgeAdvisor NONE = new KnowledgeAdvisor(KnowledgeIndex::empty, KnowledgeSettings.DEFAULTS);

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeAdvisor.class);

    /** How a reply cites: {@code [doc-returns#2]} or {@code [faq-return-window-en]}. */
    private static final Pattern MARKER = Pattern.compile("\\s?\\[([A-Za-z0-9][A-Za-z0-9._:-]{0,80}(?:#\\d{1,4})?)]");

    private final Supplier<KnowledgeIndex> index;
    private final KnowledgeRetriever managed;
    private final KnowledgeSettings settings;

    /** Everything in memory: the index holds the FAQs and the passages. */
    public KnowledgeAdvisor(Supplier<KnowledgeIndex> index, KnowledgeSettings settings) {
        this(index, null, settings);
    }

    private KnowledgeAdvisor(Supplier<KnowledgeIndex> index, KnowledgeRetriever managed, KnowledgeSettings settings) {
        this.index = Objects.requireNonNull(index);
        this.settings = Objects.requireNonNull(settings);
        this.managed = managed;
    }

    /**
     * FAQs in memory (the fast path and their grounding), passages from a managed retriever.
     *
     * @param faqs the in-memory index, holding the FAQs only
     */
    public static KnowledgeAdvisor managed(
            Supplier<KnowledgeIndex> faqs, KnowledgeRetriever passages, KnowledgeSettings settings) {
        return new KnowledgeAdvisor(faqs, Objects.requireNonNull(passages), settings);
    }

    /** The same advisor for a SnapStart priming turn: a managed retriever warms up without being called. */
    public KnowledgeAdvisor forPriming() {
        return managed == null ? this : new KnowledgeAdvisor(index, managed.priming(), settings);
    }

    public Advice advise(String question) {
        KnowledgeIndex current = index.get();
        if (current.size() == 0 && managed == null) {
            return Advice.NOTHING;
        }
        var faq = current.bestFaq(question)
                .filter(m -> m.confidence() >= settings.faqThreshold() && m.margin() >= settings.faqMargin());
        // Grounding even beside a sure FAQ answer: a turn the tools must answer still cites it. The
        // in-memory retriever's ranking, over the same snapshot of the index the fast path judged.
        List<Retrieved> local = IndexRetriever.retrieve(current, question, settings.groundingLimit(), settings);
        if (managed == null || faq.isPresent()) {
            // A sure FAQ answer asks the managed service nothing: the FAQs in memory ground the rest.
            return new Advice(faq.orElse(null), local);
        }
        return new Advice(null, interleaved(local, passages(question), settings.groundingLimit()));
    }

    /** The managed retriever's passages, or none while it fails: a turn without passages beats a failed turn. */
    private List<Retrieved> passages(String question) {
        try {
            return managed.retrieve(question, settings.groundingLimit());
        } catch (KnowledgeUnavailableException e) {
            LOG.warn("knowledge base unavailable, answering without its passages: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error(
                    "knowledge base refused the retrieval, answering without its passages: {}",
                    e.getClass().getName() + ": " + e.getMessage());
        }
        return List.of();
    }

    /**
     * FAQs and passages taken in turn, each list in its own order (their scores are on different
     * scales), FAQs first, until the limit.
     */
    private static List<Retrieved> interleaved(List<Retrieved> faqs, List<Retrieved> passages, int limit) {
        Map<String, Retrieved> merged = new LinkedHashMap<>();
        for (int i = 0; merged.size() < limit && (i < faqs.size() || i < passages.size()); i++) {
            if (i < faqs.size()) {
                merged.putIfAbsent(faqs.get(i).id(), faqs.get(i));
            }
            if (i < passages.size() && merged.size() < limit) {
                merged.putIfAbsent(passages.get(i).id(), passages.get(i));
            }
        }
        return new ArrayList<>(merged.values());
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
