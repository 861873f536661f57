package dev.rapport.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index a function answers from, loaded once when the function starts and reloaded when it is
 * older than the refresh interval — in the background, so no turn ever waits on the store: the turn
 * that notices the age is answered from the index it has.
 */
public final class KnowledgeCache implements Supplier<KnowledgeIndex> {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeCache.class);

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final KnowledgeSettings settings;
    private final Clock clock;
    private final Executor background;
    private final boolean faqsOnly;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile KnowledgeIndex index = KnowledgeIndex.empty();
    private volatile Instant loadedAt = Instant.EPOCH;

    public KnowledgeCache(
            KnowledgeStore store, Embedder embedder, KnowledgeSettings settings, Clock clock, Executor background) {
        this(store, embedder, settings, clock, background, false);
    }

    /** @param faqsOnly hold the FAQs only: the passages come from a managed knowledge base */
    public KnowledgeCache(
            KnowledgeStore store,
            Embedder embedder,
            KnowledgeSettings settings,
            Clock clock,
            Executor background,
            boolean faqsOnly) {
        this.faqsOnly = faqsOnly;
        this.store = store;
        this.embedder = embedder;
        this.settings = settings;
        this.clock = clock;
        this.background = background;
    }

    /** Loads now, on the caller's thread: at init. A store that cannot be read leaves it empty until the next try. */
    public KnowledgeCache load() {
        reload();
        return this;
    }

    @Override
    public KnowledgeIndex get() {
        if (Duration.between(loadedAt, clock.instant()).compareTo(settings.refresh()) >= 0
                && refreshing.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    reload();
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return index;
    }

    private void reload() {
        Instant at = clock.instant();
        try {
            index = new KnowledgeIndex(faqsOnly ? store.loadFaqs() : store.load(), embedder, settings.lexicalWeight());
        } catch (RuntimeException e) {
            // Answering without knowledge beats failing turns; the next interval tries again.
            LOG.warn("knowledge index not loaded: {}", e.getClass().getName());
        }
        loadedAt = at;
    }
}
