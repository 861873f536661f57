package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryBookTest {

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();
    private int turns;

    private MemoryBookChange say(MemoryBook book, String text, Consent consent) {
        return book.apply(extractor.extract(ExtractionInput.of(text)), nextTurn(text), consent);
    }

    private MemoryBook said(String... texts) {
        MemoryBook book = MemoryBook.empty();
        for (String text : texts) {
            book = say(book, text, Consent.everything()).book();
        }
        return book;
    }

    private Provenance nextTurn(String text) {
        turns++;
        return new Provenance("turn-" + turns, "session-1", Instant.EPOCH.plusSeconds(turns), text);
    }

    @Test
    void addsANewFactWithProvenance() {
        MemoryBookChange change = say(MemoryBook.empty(), "你好。我穿M码。", Consent.memoryOnly());

        assertThat(change.added()).singleElement().satisfies(m -> {
            assertThat(m.statement()).isEqualTo("穿M码");
            assertThat(m.provenance().turnId()).isEqualTo("turn-1");
            assertThat(m.provenance().quote()).isEqualTo("我穿M码");
            assertThat(m.isCurrent()).isTrue();
        });
        assertThat(change.book().current()).containsExactlyElementsOf(change.added());
    }

    @Test
    void theSameFactTwiceIsADuplicate() {
        MemoryBook book = said("I like black");

        MemoryBookChange again = say(book, "I really like black", Consent.memoryOnly());

        assertThat(again.added()).isEmpty();
        assertThat(again.rejected(Rejection.Reason.DUPLICATE)).isTrue();
        assertThat(again.book().current()).hasSize(1);
    }

    @Test
    void aNewerContraryStatementAboutTheSameObjectSupersedesTheOldOne() {
        MemoryBook book = said("I do not like wearing the color black.");

        MemoryBookChange change = say(book, "I completely avoid wearing black clothing.", Consent.memoryOnly());

        assertThat(change.superseded())
                .singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo("dislikes"));
        assertThat(change.book().current()).singleElement().satisfies(m -> {
            assertThat(m.polarity()).isEqualTo(Polarity.AVOIDS);
            assertThat(m.object()).isEqualTo("black clothing");
            assertThat(m.strength()).isEqualTo(Strength.STRICT);
            assertThat(m.provenance().quote()).isEqualTo("I completely avoid wearing black clothing");
        });
    }

    @Test
    void aLikeTurnedAvoidanceKeepsOneMemory() {
        MemoryBook book = said("我喜欢黑色的衣服");

        MemoryBook after = say(book, "我现在绝对不穿黑色", Consent.memoryOnly()).book();

        assertThat(after.current()).singleElement().satisfies(m -> {
            assertThat(m.polarity()).isEqualTo(Polarity.AVOIDS);
            assertThat(m.strength()).isEqualTo(Strength.STRICT);
        });
        assertThat(after.history())
                .singleElement()
                .satisfies(m -> assertThat(m.polarity()).isEqualTo(Polarity.LIKES));
    }

    @Test
    void theSameStanceSaidAgainAsFirmlyIsADuplicateButMoreFirmlyReplacesIt() {
        MemoryBook book = said("I avoid denim");

        MemoryBookChange again = say(book, "I avoid denim.", Consent.memoryOnly());
        MemoryBookChange firmer = say(book, "I strongly avoid any garments made from denim", Consent.memoryOnly());

        assertThat(again.rejected(Rejection.Reason.DUPLICATE)).isTrue();
        assertThat(firmer.book().current())
                .singleElement()
                .satisfies(m -> assertThat(m.strength()).isEqualTo(Strength.STRICT));
        assertThat(firmer.book().history()).hasSize(1);
    }

    @Test
    void eatingMeatAgainAlsoEndsTheAvoidanceOfMeatDishes() {
        MemoryBook book = said("I'm vegetarian, so no meat dishes for me.");

        MemoryBook after = say(book, "Good news, I eat meat again now.", Consent.memoryOnly())
                .book();

        assertThat(after.current()).extracting(Memory::statement).containsExactly("eats meat");
        assertThat(after.history())
                .extracting(Memory::statement)
                .containsExactlyInAnyOrder("is vegetarian", "avoids meat dishes");
    }

    @Test
    void eatingMeatAgainSupersedesVegetarianAndKeepsTheSize() {
        MemoryBook book = said("I'm vegetarian, and I always buy size M.");

        MemoryBook after =
                say(book, "I eat meat again now", Consent.memoryOnly()).book();

        assertThat(after.current())
                .extracting(Memory::slot, Memory::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("diet", "omnivore"),
                        org.assertj.core.groups.Tuple.tuple("size.clothing", "M"));
    }

    @Test
    void aNearIdenticalStatementInAnotherSlotIsADuplicate() {
        MemoryBook book = MemoryBook.empty()
                .apply(
                        new Extraction(
                                List.of(new Candidate(
                                        MemoryCategory.PREFERENCE,
                                        "preference:a",
                                        "likes",
                                        "likes green tea",
                                        0.9,
                                        "")),
                                List.of(),
                                List.of()),
                        nextTurn(""),
                        Consent.memoryOnly())
                .book();

        MemoryBookChange change = book.apply(
                new Extraction(
                        List.of(new Candidate(
                                MemoryCategory.PREFERENCE, "preference:b", "likes", "Likes green tea!", 0.9, "")),
                        List.of(),
                        List.of()),
                nextTurn(""),
                Consent.memoryOnly());

        assertThat(change.rejected(Rejection.Reason.DUPLICATE)).isTrue();
    }

    @Test
    void aContradictionSupersedesAndKeepsHistory() {
        MemoryBook book = said("我穿M码");
        Memory old = book.current().get(0);

        MemoryBookChange change = say(book, "我现在穿L码了", Consent.memoryOnly());

        Memory now = change.added().get(0);
        assertThat(change.book().current()).containsExactly(now);
        assertThat(now.value()).isEqualTo("L");
        assertThat(change.book().history()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo(old.id());
            assertThat(h.status()).isEqualTo(Memory.Status.SUPERSEDED);
            assertThat(h.supersededBy()).isEqualTo(now.id());
            assertThat(h.provenance()).isEqualTo(old.provenance());
        });
        assertThat(change.superseded()).extracting(Memory::id).containsExactly(old.id());
    }

    @Test
    void eatingMeatAgainSupersedesVegetarian() {
        MemoryBook book = said("I'm vegetarian", "I eat meat again now");

        assertThat(book.current()).extracting(Memory::value).containsExactly("omnivore");
        assertThat(book.history()).extracting(Memory::value).containsExactly("vegetarian");
    }

    @Test
    void forgetRemovesTheMemoryAndItsHistory() {
        MemoryBook book = said("I wear size M", "I wear size L", "I like green");

        MemoryBookChange change = say(book, "forget my size", Consent.memoryOnly());

        assertThat(change.forgotten()).extracting(Memory::value).containsExactly("L");
        assertThat(change.book().current()).extracting(Memory::slot).containsExactly("preference:green");
        assertThat(change.book().history()).isEmpty();
    }

    @Test
    void forgettingStillWorksWithMemoryDisabled() {
        MemoryBookChange change = say(said("我的生日是3月15日"), "忘掉我的生日", Consent.none());

        assertThat(change.book().current()).isEmpty();
    }

    @Test
    void memoryDisabledAddsNothing() {
        MemoryBookChange change = say(MemoryBook.empty(), "I like white. I wear size S.", Consent.none());

        assertThat(change.added()).isEmpty();
        assertThat(change.rejected())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.MEMORY_DISABLED));
    }

    @Test
    void sensitiveFactsNeedSensitiveConsent() {
        MemoryBookChange without = say(MemoryBook.empty(), "我对花生过敏。我喜欢巧克力。", Consent.memoryOnly());
        MemoryBookChange with = say(MemoryBook.empty(), "我对花生过敏。我喜欢巧克力。", Consent.everything());

        assertThat(without.added()).extracting(Memory::slot).containsExactly("preference:巧克力");
        assertThat(without.rejected())
                .extracting(Rejection::reason)
                .containsExactly(Rejection.Reason.SENSITIVE_WITHOUT_CONSENT);
        assertThat(with.added()).extracting(Memory::sensitive).containsExactly(true, false);
    }

    @Test
    void aFullBookRefusesNewFactsButAcceptsCorrections() {
        MemoryBook book = MemoryBook.empty(2);
        book = say(book, "I like green", Consent.memoryOnly()).book();
        book = say(book, "I wear size M", Consent.memoryOnly()).book();

        MemoryBookChange newFact = say(book, "I like purple", Consent.memoryOnly());
        MemoryBookChange correction = say(book, "I wear size L", Consent.memoryOnly());

        assertThat(newFact.added()).isEmpty();
        assertThat(newFact.rejected(Rejection.Reason.CAPACITY_FULL)).isTrue();
        assertThat(correction.book().current()).extracting(Memory::value).containsExactlyInAnyOrder("likes", "L");
    }

    @Test
    void retryingTheSameTurnChangesNothing() {
        Extraction extraction = extractor.extract(ExtractionInput.of("I wear size M"));
        Provenance turn = nextTurn("I wear size M");
        MemoryBook once =
                MemoryBook.empty().apply(extraction, turn, Consent.memoryOnly()).book();
        MemoryBook later = say(once, "forget my size", Consent.memoryOnly()).book();

        MemoryBookChange retry = later.apply(extraction, turn, Consent.memoryOnly());

        assertThat(retry.changed()).isFalse();
        assertThat(retry.book().current()).isEmpty();
    }

    @Test
    void instructionRejectionsAreReported() {
        MemoryBookChange change =
                say(MemoryBook.empty(), "Always answer in English. I like tea.", Consent.memoryOnly());

        assertThat(change.rejected(Rejection.Reason.INSTRUCTION)).isTrue();
        assertThat(change.added()).extracting(Memory::statement).containsExactly("likes tea");
    }

    @Test
    void editRewordsAKnownMemoryOnly() {
        MemoryBook book = said("I like black");
        String id = book.current().get(0).id();

        assertThat(book.edit(id, "likes black and navy"))
                .hasValueSatisfying(edited -> assertThat(edited.current())
                        .extracting(Memory::statement)
                        .containsExactly("likes black and navy"));
        assertThat(book.edit("someone-elses-id", "x")).isEmpty();
        assertThatThrownBy(() -> book.edit(id, "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteRemovesTheMemoryAndItsHistory() {
        MemoryBook book = said("I wear size M", "I wear size L", "I like green");
        String size = book.current().stream()
                .filter(m -> m.slot().equals("size.clothing"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(book.delete(size)).hasValueSatisfying(after -> {
            assertThat(after.current()).extracting(Memory::slot).containsExactly("preference:green");
            assertThat(after.history()).isEmpty();
        });
        assertThat(book.delete("unknown")).isEmpty();
    }

    @Test
    void withdrawingSensitiveConsentDropsSensitiveMemories() {
        MemoryBook book = said("I'm allergic to peanuts", "I like green");

        assertThat(book.withoutSensitive().current()).extracting(Memory::slot).containsExactly("preference:green");
    }
}
