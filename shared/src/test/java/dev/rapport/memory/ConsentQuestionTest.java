package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Asking about one sensitive fact, and what a yes or a no does to the book. */
class ConsentQuestionTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private List<Candidate> said(String text) {
        return extractor.extract(ExtractionInput.of(text)).candidates();
    }

    private ConsentQuestion asked(MemoryBook book, String text) {
        return ConsentQuestion.about(said(text), book, Consent.memoryOnly(), stated())
                .orElseThrow();
    }

    private static Provenance stated() {
        return new Provenance("turn-1", "session-1", AT, "");
    }

    @Test
    void onlyASensitiveFactIsAskedAboutAndOnlyWithMemoryOnAndTheSwitchOff() {
        MemoryBook empty = MemoryBook.empty();

        assertThat(ConsentQuestion.about(said("I wear size M"), empty, Consent.memoryOnly(), stated()))
                .isEmpty();
        assertThat(ConsentQuestion.about(said("I'm allergic to nuts"), empty, Consent.none(), stated()))
                .isEmpty();
        assertThat(ConsentQuestion.about(said("I'm allergic to nuts"), empty, Consent.everything(), stated()))
                .isEmpty();
        assertThat(asked(empty, "我对坚果过敏").ask(true)).isEqualTo("要我记住您对坚果过敏吗？以后为您推荐时会避开。");
        assertThat(asked(empty, "我不喝酒").ask(true)).isEqualTo("要我记住您不喝酒吗？以后为您推荐时会避开。");
    }

    @Test
    void aFactTheStanceModelReadIsAskedAboutInTheCustomersOwnWords() {
        ConsentQuestion chinese = asked(MemoryBook.empty(), "香水味的东西闻了头疼");
        ConsentQuestion english = asked(MemoryBook.empty(), "i am not eat pork, religious reason");

        assertThat(chinese.ask(true)).isEqualTo("要我记住您说的“香水味的东西闻了头疼”吗？以后为您推荐时会避开。");
        assertThat(english.ask(false))
                .isEqualTo(
                        "Shall I remember what you told me, “i am not eat pork”? I'll avoid them when I recommend things.");
        assertThat(english.acknowledge(true, false)).isEqualTo("Got it: I'll remember “i am not eat pork”.");
    }

    @Test
    void theEnglishQuestionSpeaksToTheCustomerWhateverShapeTheStatementHas() {
        MemoryBook empty = MemoryBook.empty();

        assertThat(asked(empty, "I don't eat pork").ask(false))
                .isEqualTo("Shall I remember that you don't eat pork? I'll avoid them when I recommend things.");
        assertThat(asked(empty, "I only buy fragrance-free soap").ask(false))
                .isEqualTo("Shall I remember that you only want fragrance-free soap? "
                        + "I'll keep it in mind when I recommend things.");
        assertThat(asked(empty, "I avoid dairy").acknowledge(true, false))
                .isEqualTo("Got it: I'll remember that you avoid dairy.");
    }

    @Test
    void aYesKeepsThatFactAloneWithItsConsentRecord() {
        ConsentQuestion question = asked(MemoryBook.empty(), "I'm allergic to nuts");

        MemoryBookChange change = MemoryBook.empty()
                .answer(new ConsentAnswer(question, true, AT.plusSeconds(5)), "turn-2", Consent.memoryOnly());

        assertThat(change.added()).singleElement().satisfies(m -> {
            assertThat(m.provenance().turnId()).isEqualTo("turn-1");
            assertThat(m.consent())
                    .isEqualTo(new ConsentRecord(ConsentRecord.ASKED_IN_CHAT, AT.plusSeconds(5), "turn-2"));
        });
        MemoryBookChange other = change.book()
                .apply(
                        extractor.extract(ExtractionInput.of("I'm allergic to shellfish")),
                        stated2(),
                        Consent.memoryOnly());
        assertThat(other.rejected(Rejection.Reason.SENSITIVE_WITHOUT_CONSENT)).isTrue();
        assertThat(change.book().withoutSensitive().current()).hasSize(1);
    }

    @Test
    void aNoIsKeptOnceAndStopsTheSameQuestionButNotAnother() {
        ConsentQuestion question = asked(MemoryBook.empty(), "I'm allergic to nuts");
        ConsentAnswer no = new ConsentAnswer(question, false, AT);

        MemoryBook book =
                MemoryBook.empty().answer(no, "turn-2", Consent.memoryOnly()).book();
        MemoryBook again = book.answer(no, "turn-2", Consent.memoryOnly()).book();

        assertThat(again.declined())
                .singleElement()
                .isEqualTo(new Declined(question.fact().slot(), "nuts", AT));
        assertThat(again.current()).isEmpty();
        assertThat(ConsentQuestion.about(said("I'm allergic to nuts"), again, Consent.memoryOnly(), stated()))
                .isEmpty();
        assertThat(ConsentQuestion.about(said("I'm allergic to shellfish"), again, Consent.memoryOnly(), stated()))
                .isPresent();
    }

    @Test
    void aYesAppliedAfterMemoryWasSwitchedOffKeepsNothing() {
        ConsentQuestion question = asked(MemoryBook.empty(), "I'm allergic to nuts");

        MemoryBookChange change =
                MemoryBook.empty().answer(new ConsentAnswer(question, true, AT), "turn-2", Consent.none());

        assertThat(change.added()).isEmpty();
        assertThat(change.rejected(Rejection.Reason.MEMORY_DISABLED)).isTrue();
    }

    private static Provenance stated2() {
        return new Provenance("turn-3", "session-1", AT.plusSeconds(60), "");
    }
}
