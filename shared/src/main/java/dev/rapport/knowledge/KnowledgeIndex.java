package dev.rapport.knowledge;

import dev.rapport.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole store in memory, searched in process on every turn: lexical overlap (Chinese bigrams,
 * English words) and, when an embedder is configured, embedding cosine, blended into one score.
 * Immutable; a refresh builds a new one.
 */
public final class KnowledgeIndex {

    /** A cosine at or below this means unrelated for small sentence-embedding models; it maps to 0. */
    static final double COSINE_FLOOR = 0.45;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final LexicalScorer scorer;
    private final Embedder embedder;
    private final double lexicalWeight;

    private record Entry(
            String id,
            String kind,
            String title,
            String text,
            String locale,
            FaqEntry faq,
            List<Set<String>> phrasings,
            Set<String> terms,
            float[] vector) {}

    public KnowledgeIndex(KnowledgeSnapshot snapshot, Embedder embedder, double lexicalWeight) {
        this.embedder = embedder;
        this.lexicalWeight = embedder == null ? 1.0 : lexicalWeight;
        for (Embedded<FaqEntry> e : snapshot.faqs()) {
            FaqEntry faq = e.item();
            List<Set<String>> phrasings =
                    faq.phrasings().stream().map(Terms::of).toList();
            Set<String> all = new java.util.LinkedHashSet<>();
            phrasings.forEach(all::addAll);
            // The answer's words count for ranking (a question may be worded like the answer), never for the fast path.
            all.addAll(Terms.of(faq.answer()));
            add(new Entry(
                    faq.id(),
                    Retrieved.FAQ,
                    faq.question(),
                    faq.answer(),
                    faq.locale(),
                    faq,
                    phrasings,
                    all,
                    e.comparableWith(embedder) ? e.vector() : null));
        }
        for (Embedded<Passage> e : snapshot.passages()) {
            Passage p = e.item();
            Set<String> terms = Terms.of(p.title() + "\n" + p.text());
            add(new Entry(
                    p.id(),
                    Retrieved.PASSAGE,
                    p.title(),
                    p.text(),
                    p.locale(),
                    null,
                    List.of(terms),
                    terms,
                    e.comparableWith(embedder) ? e.vector() : null));
        }
        this.scorer = new LexicalScorer(entries.stream().map(Entry::terms).toList());
    }

    public static KnowledgeIndex empty() {
        return new KnowledgeIndex(KnowledgeSnapshot.EMPTY, null, 1.0);
    }

    private void add(Entry entry) {
        entries.add(entry);
        byId.put(entry.id(), entry);
    }

    /** Whether scores blend embeddings in: an embedder is configured and the store holds its vectors. */
    public boolean embedded() {
        return embedder != null && entries.stream().anyMatch(e -> e.vector() != null);
    }

    public int size() {
        return entries.size();
    }

    /** The best {@code limit} FAQs and passages for the question, best first, scored 0–1. */
    public List<Retrieved> search(String question, int limit) {
        Set<String> terms = Terms.of(question);
        float[] vector = embedded() ? embedder.embed(question) : null;
        List<Retrieved> scored = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            double lexical = lexical(terms, entry);
            double semantic = vector != null && entry.vector() != null ? Embedder.cosine(vector, entry.vector()) : 0;
            double score = vector == null || entry.vector() == null
                    ? lexical * (vector == null ? 1 : lexicalWeight)
                    : lexicalWeight * lexical + (1 - lexicalWeight) * normalised(semantic);
            scored.add(new Retrieved(
                    entry.id(), entry.kind(), entry.title(), entry.text(), entry.locale(), score, lexical, semantic));
        }
        scored.sort(Comparator.comparingDouble(Retrieved::score).reversed());
        return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
    }

    /**
     * The FAQ closest to the question by its words alone, in the question's language: what the fast
     * path trusts to answer without a model, so it is judged on exact wording, not on meaning.
     */
    public Optional<FaqMatch> bestFaq(String question) {
        Set<String> terms = Terms.of(question);
        String language = Languages.of(question);
        Entry best = null;
        double first = 0;
        double second = 0;
        for (Entry entry : entries) {
            if (entry.faq() == null || !entry.locale().equals(language)) {
                continue;
            }
            double score = phrasingDice(terms, entry);
            if (score > first) {
                second = first;
                first = score;
                best = entry;
            } else if (score > second) {
                second = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new FaqMatch(best.faq(), first, first - second));
    }

    public Optional<Retrieved> find(String id) {
        return Optional.ofNullable(byId.get(id))
                .map(e -> new Retrieved(e.id(), e.kind(), e.title(), e.text(), e.locale(), 0, 0, 0));
    }

    /** For ranking: a question that shares most of an FAQ's words (in any phrasing) fits it. */
    private double lexical(Set<String> question, Entry entry) {
        if (entry.faq() != null) {
            return Math.max(phrasingDice(question, entry), 0.8 * scorer.coverage(question, entry.terms()));
        }
        return scorer.coverage(question, entry.terms());
    }

    /** For the fast path: the closest single phrasing, which must say about what the question says. */
    private double phrasingDice(Set<String> question, Entry entry) {
        double best = 0;
        for (Set<String> phrasing : entry.phrasings()) {
            best = Math.max(best, scorer.dice(question, phrasing));
        }
        return best;
    }

    private static double normalised(double cosine) {
        return Math.max(0, (cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR));
    }
}
