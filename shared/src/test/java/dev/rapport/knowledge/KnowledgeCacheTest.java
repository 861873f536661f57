package dev.rapport.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.storage.dynamodb.DynamoDbKnowledgeStore;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chat function's index over the real knowledge table: loaded at init, refreshed only when old. */
class KnowledgeCacheTest {

    private static final Caller ADMIN = new Caller("admin", Set.of(Caller.SUPPORT_ADMINS));
    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final DynamoDbKnowledgeStore store =
            new DynamoDbKnowledgeStore(dynamo.enhanced(), dynamo.createKnowledgeTable(), Clock.systemUTC());
    private final KnowledgeAdmin admin = new KnowledgeAdmin(store, new LetterEmbedder());
    private final List<Runnable> background = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void turnsReadTheLoadedIndexAndANewFaqArrivesOnlyAfterTheRefreshInterval() {
        admin.putFaq(ADMIN, new FaqEntry("faq-a-en", "Do you gift wrap?", List.of(), "Yes.", "en", List.of()));
        KnowledgeCache cache = new KnowledgeCache(
                        store,
                        new LetterEmbedder(),
                        new KnowledgeSettings(0.8, 0.1, 0.4, 0.36, 3, 0.6, Duration.ofMinutes(5)),
                        clock,
                        background::add)
                .load();
        admin.putFaq(ADMIN, new FaqEntry("faq-b-en", "Do you ship abroad?", List.of(), "Yes.", "en", List.of()));

        assertThat(cache.get().size()).isEqualTo(1);
        assertThat(background).isEmpty();

        now = now.plus(Duration.ofMinutes(5));
        assertThat(cache.get().size()).isEqualTo(1);
        assertThat(background).hasSize(1);
        assertThat(cache.get().size()).isEqualTo(1);
        assertThat(background).as("one refresh at a time").hasSize(1);

        background.get(0).run();
        assertThat(cache.get().size()).isEqualTo(2);
    }

    @Test
    void vectorsComeBackFromTheTableAsTheyWereStored() {
        admin.putFaq(ADMIN, new FaqEntry("faq-a-en", "abc", List.of(), "Yes.", "en", List.of()));

        Embedded<FaqEntry> loaded = store.load().faqs().get(0);

        assertThat(loaded.model()).isEqualTo("letters");
        assertThat(loaded.vector()).containsExactly(new LetterEmbedder().embed("abc\n"));
    }

    @Test
    void inManagedModeTheIndexHoldsTheFaqsOnlyAndThePassagesStayInTheTable() {
        admin.putFaq(ADMIN, new FaqEntry("faq-a-en", "Do you gift wrap?", List.of(), "Yes.", "en", List.of()));
        admin.addDocument(
                ADMIN,
                new KnowledgeDocument("doc-gifts-en", "Gifts", "en", "We wrap gifts.\n\nCards are free.", List.of()));

        KnowledgeCache cache =
                new KnowledgeCache(store, null, KnowledgeSettings.DEFAULTS, clock, background::add, true).load();

        assertThat(store.load().passages()).hasSize(1);
        assertThat(cache.get().size()).isEqualTo(1);
        assertThat(cache.get().find("faq-a-en")).isPresent();
        assertThat(cache.get().find("doc-gifts-en#0")).isEmpty();
    }

    /** A stand-in model: counts of a, b and c, enough to check vectors travel intact. */
    private static final class LetterEmbedder implements Embedder {
        @Override
        public String name() {
            return "letters";
        }

        @Override
        public float[] embed(String text) {
            return new float[] {
                text.chars().filter(c -> c == 'a').count(),
                text.chars().filter(c -> c == 'b').count(),
                text.chars().filter(c -> c == 'c').count() + 0.5f
            };
        }
    }
}
