package dev.rapport.knowledge;

import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Support admins' upkeep of the knowledge base: FAQs listed, upserted and deleted by id, documents added and cut into
 * passages, each embedded when an embedder is configured. Text is stored as given and only ever
 * shown to the model as fenced data, so instructions inside a document are never obeyed.
 */
public final class KnowledgeAdmin {

    public static final int MAX_DOCUMENT_CHARS = 60_000;
    static final int MAX_QUESTION_CHARS = 300;
    static final int MAX_ANSWER_CHARS = 2_000;
    static final int MAX_ALTERNATIVES = 20;
    static final int MAX_TAGS = 10;
    static final int MAX_TITLE_CHARS = 200;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> LOCALES = Set.of("zh", "en");

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final Chunker chunker = new Chunker(Chunker.DEFAULT_MAX_CHARS);

    /** @param embedder null stores text only; the index then matches it by words */
    public KnowledgeAdmin(KnowledgeStore store, Embedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    public FaqEntry putFaq(Caller caller, FaqEntry faq) {
        requireAdmin(caller);
        requireId(faq.id());
        requireText("question", faq.question(), MAX_QUESTION_CHARS);
        requireText("answer", faq.answer(), MAX_ANSWER_CHARS);
        requireLocale(faq.locale());
        if (faq.alternatives().size() > MAX_ALTERNATIVES) {
            throw ProblemException.badRequest(
                    "invalid-field", "'alternatives' holds at most " + MAX_ALTERNATIVES + " phrasings.");
        }
        Set<String> seen = new HashSet<>();
        for (String phrasing : faq.phrasings()) {
            requireText("alternatives", phrasing, MAX_QUESTION_CHARS);
            if (!seen.add(phrasing.strip().toLowerCase(Locale.ROOT))) {
                throw ProblemException.badRequest(
                        "duplicate-phrasing", "The phrasing \u201c" + phrasing.strip() + "\u201d is given twice.");
            }
        }
        requireTags(faq.tags());
        store.putFaq(embed(faq, faq.embeddingText()));
        return faq;
    }

    /** Every FAQ, by id, for upkeep: a scan of the FAQs alone, never of the passages. */
    public List<FaqEntry> faqs(Caller caller) {
        requireAdmin(caller);
        return store.loadFaqs().faqs().stream()
                .map(Embedded::item)
                .sorted(Comparator.comparing(FaqEntry::id))
                .toList();
    }

    public void deleteFaq(Caller caller, String id) {
        requireAdmin(caller);
        requireId(id);
        if (!store.deleteFaq(id)) {
            throw ProblemException.notFound("No FAQ has the id '" + id + "'.");
        }
    }

    /** Passage ids of the stored document, in order. */
    public List<String> addDocument(Caller caller, KnowledgeDocument document) {
        requireAdmin(caller);
        requireId(document.id());
        requireText("title", document.title(), MAX_TITLE_CHARS);
        requireLocale(document.locale());
        requireTags(document.tags());
        if (document.text().length() > MAX_DOCUMENT_CHARS) {
            throw ProblemException.payloadTooLarge("A document is limited to " + MAX_DOCUMENT_CHARS
                    + " characters; this one has " + document.text().length() + ". Split it into several documents.");
        }
        List<Passage> passages = chunker.chunk(document);
        if (passages.isEmpty()) {
            throw ProblemException.badRequest("missing-field", "'text' must not be empty.");
        }
        try {
            store.addDocument(
                    document,
                    passages.stream().map(p -> embed(p, p.embeddingText())).toList());
        } catch (KnowledgeStore.DuplicateDocumentException e) {
            throw ProblemException.conflict(
                    "duplicate-id", "A document with id '" + document.id() + "' already exists.");
        }
        return passages.stream().map(Passage::id).toList();
    }

    private <T> Embedded<T> embed(T item, String text) {
        return embedder == null ? Embedded.plain(item) : new Embedded<>(item, embedder.name(), embedder.embed(text));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins may change the knowledge base.");
        }
    }

    private static void requireId(String id) {
        if (!ID.matcher(id).matches()) {
            throw ProblemException.badRequest(
                    "invalid-id",
                    "An id is 1-64 lower-case letters, digits and hyphens, " + "starting with a letter or digit.");
        }
    }

    private static void requireText(String field, String text, int max) {
        if (text.isBlank()) {
            throw ProblemException.badRequest("missing-field", "'" + field + "' must not be empty.");
        }
        if (text.length() > max) {
            throw ProblemException.badRequest(
                    "field-too-long", "'" + field + "' is limited to " + max + " characters.");
        }
    }

    private static void requireLocale(String locale) {
        if (!LOCALES.contains(locale)) {
            throw ProblemException.badRequest("invalid-field", "'locale' must be 'zh' or 'en'.");
        }
    }

    private static void requireTags(List<String> tags) {
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.isBlank() || t.length() > 40)) {
            throw ProblemException.badRequest(
                    "invalid-field", "'tags' holds at most " + MAX_TAGS + " tags of 1-40 characters.");
        }
    }
}
