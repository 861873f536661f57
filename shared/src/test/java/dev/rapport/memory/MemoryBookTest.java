package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MemoryBookTest {

    private static final Consent ALL = new Consent(true, true);
    private static final Consent DEFAULT = new Consent(true, false);

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Supplier<String> ids = () -> "m" + sequence.incrementAndGet();
    private int turns;

    @Test
    void theSameFactTwiceIsKeptOnce() {
        MemoryBook book = say(MemoryBook.empty(200), "I wear size M", DEFAULT).book();

        MemoryChange again = say(book, "my size is M", DEFAULT);

        assertThat(again.book().current()).hasSize(1);
        assertThat(again.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("duplicate"));
    }

    @Test
    void aNewValueSupersedesTheOldOneWhichStaysAsHistory() {
        MemoryBook book = say(MemoryBook.empty(200), "我穿M码", DEFAULT).book();

        MemoryChange change = say(book, "我现在穿L码", DEFAULT);

        assertThat(change.book().current()).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo("L"));
        assertThat(change.book().history()).singleElement().satisfies(old -> {
            assertThat(old.value()).isEqualTo("M");
            assertThat(old.supersededBy()).isEqualTo(change.added().getFirst().id());
            assertThat(old.provenance().quote()).isEqualTo("我穿M码");
        });
    }

    @Test
    void likingSupersedesDislikingTheSameThing() {
        MemoryBook book = say(MemoryBook.empty(200), "I don't like spicy food", DEFAULT).book();

        MemoryBook after = say(book, "I like spicy food", DEFAULT).book();

        assertThat(after.current()).extracting(Memory::slot).containsExactly("like:spicy food");
    }

    @Test
    void forgettingRemovesTheMemoryAndItsHistory() {
        MemoryBook book = say(say(MemoryBook.empty(200), "我穿M码", DEFAULT).book(), "我穿L码", DEFAULT).book();

        MemoryChange change = say(book, "忘掉我的尺码", DEFAULT);

        assertThat(change.forgotten()).hasSize(1);
        assertThat(change.book().current()).isEmpty();
        assertThat(change.book().history()).isEmpty();
    }

    @Test
    void sensitiveFactsNeedConsentAndNothingIsKeptWithMemoryOff() {
        MemoryChange withoutConsent = say(MemoryBook.empty(200), "I'm allergic to peanuts", DEFAULT);
        MemoryChange withConsent = say(MemoryBook.empty(200), "I'm allergic to peanuts", ALL);
        MemoryChange memoryOff = say(MemoryBook.empty(200), "I'm vegetarian", new Consent(false, true));

        assertThat(withoutConsent.book().current()).isEmpty();
        assertThat(withoutConsent.rejected()).extracting(MemoryChange.Rejection::reason).containsExactly("sensitive-without-consent");
        assertThat(withConsent.book().current()).hasSize(1);
        assertThat(memoryOff.book().current()).isEmpty();
        assertThat(memoryOff.rejected()).extracting(MemoryChange.Rejection::reason).containsExactly("memory-disabled");
    }

    @Test
    void aFullBookRefusesNewFactsAndSaysSo() {
        MemoryBook book = say(MemoryBook.empty(1), "I'm vegetarian", DEFAULT).book();

        MemoryChange change = say(book, "I love black jackets", DEFAULT);

        assertThat(change.book().current()).hasSize(1);
        assertThat(change.rejected()).extracting(MemoryChange.Rejection::reason).containsExactly("capacity-full");
    }

    @Test
    void applyingTheSameTurnAgainChangesNothing() {
        Provenance turn = new Provenance("s1", "t-retried", Instant.parse("2026-11-24T10:00:00Z"), "x");
        MemoryBook once = MemoryBook.empty(200).apply(extractor.extract("I'm vegetarian"), turn, DEFAULT, ids).book();

        MemoryChange twice = once.apply(extractor.extract("I'm vegetarian"), turn, DEFAULT, ids);

        assertThat(twice.changed()).isFalse();
        assertThat(twice.book()).isEqualTo(once);
    }

    @Test
    void theCustomerCanEditAndDeleteByIdOnly() {
        MemoryBook book = say(MemoryBook.empty(200), "I'm vegetarian", DEFAULT).book();
        String id = book.current().getFirst().id();

        assertThat(book.edit(id, "Vegetarian, eats eggs").orElseThrow().current().getFirst().statement())
                .isEqualTo("Vegetarian, eats eggs");
        assertThat(book.delete(id).orElseThrow().current()).isEmpty();
        assertThat(book.delete("someone-elses-id")).isEmpty();
        assertThat(book.edit("someone-elses-id", "x")).isEmpty();
    }

    private MemoryChange say(MemoryBook book, String message, Consent consent) {
        Provenance provenance = new Provenance("s1", "t" + (++turns), Instant.parse("2026-11-24T10:00:00Z"), message);
        return book.apply(extractor.extract(message), provenance, consent, ids);
    }
}
