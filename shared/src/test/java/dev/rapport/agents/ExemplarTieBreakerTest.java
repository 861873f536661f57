package dev.rapport.agents;

import static dev.rapport.agents.Specialist.ACCOUNT;
import static dev.rapport.agents.Specialist.ADVISOR;
import static dev.rapport.agents.Specialist.CARE;
import static dev.rapport.agents.Specialist.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.knowledge.Embedder;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tie-breaker's bar and margin, with vectors one can compute by hand: each text is embedded as
 * its counts of four marker words, so an example sentence lies on its specialist's axis.
 */
class ExemplarTieBreakerTest {

    /** Counts of words that appear only in one specialist's examples. */
    private static final Embedder MARKERS = new Embedder() {
        @Override
        public String name() {
            return "markers";
        }

        @Override
        public float[] embed(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return new float[] {
                lower.contains("order") ? 1 : 0,
                lower.contains("recommend") ? 1 : 0,
                lower.contains("complaint") ? 1 : 0,
                lower.contains("remember") ? 1 : 0
            };
        }
    };

    private final ExemplarTieBreaker tieBreaker = new ExemplarTieBreaker(MARKERS);
    private final Set<Specialist> all = EnumSet.allOf(Specialist.class);

    @Test
    void aMessageCloseToOneSpecialistsExamplesPicksIt() {
        assertThat(tieBreaker.pick("my order please", all)).contains(ORDERS);
        assertThat(tieBreaker.pick("anything you remember", all)).contains(ACCOUNT);
    }

    @Test
    void onlyTheCandidatesAreConsidered() {
        assertThat(tieBreaker.pick("a complaint", EnumSet.of(ADVISOR, ACCOUNT))).isEmpty();
        assertThat(tieBreaker.pick("a complaint", EnumSet.of(CARE, ADVISOR))).contains(CARE);
    }

    @Test
    void aMessageLikeNoExampleLeavesTheDoubtToTheRules() {
        assertThat(tieBreaker.pick("good morning", all)).isEmpty();
        assertThat(tieBreaker.pick("", all)).isEmpty();
    }

    @Test
    void aMessageEquallyCloseToTwoSpecialistsIsNotDecidedByIt() {
        assertThat(tieBreaker.pick("recommend something for my order", all)).isEmpty();
    }
}
