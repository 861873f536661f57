package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.model.Message;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingSummaryTest {

    private static final int BUDGET = 1_500;

    @Test
    void aFactToldOnceOutlivesAHundredTurnsOfSmallTalkWithinTheBudget() {
        RollingSummary summary = RollingSummary.EMPTY.fold(
                exchange(1, "My order number is 88231 and it goes to the Hangzhou office"), BUDGET);
        for (int seq = 2; seq <= 100; seq++) {
            summary = summary.fold(
                    exchange(
                            seq,
                            "Turn " + seq + ": I am still comparing the grey and the navy jacket, size "
                                    + (seq % 2 == 0 ? "M" : "L") + ", and delivery before Friday matters to me"),
                    BUDGET);
        }

        assertThat(summary.length()).isLessThanOrEqualTo(BUDGET);
        assertThat(summary.notes()).anySatisfy(note -> assertThat(note.text()).contains("88231"));
        assertThat(summary.notes().getLast().seq()).isEqualTo(100);
    }

    @Test
    void questionsGoBeforeAnyFact() {
        RollingSummary summary = RollingSummary.EMPTY;
        for (int seq = 1; seq <= 30; seq++) {
            summary = summary.fold(
                    exchange(
                            seq,
                            seq % 2 == 0
                                    ? "Where is my parcel number " + seq + "?"
                                    : "My locker code is " + (1000 + seq)),
                    400);
        }

        // 15 facts of ~22 characters fit in 400; the questions are what gives way.
        assertThat(summary.notes().stream().filter(n -> !n.question())).hasSize(15);
        assertThat(summary.notes().stream().filter(RollingSummary.Note::question))
                .hasSizeLessThan(15);
    }

    private static Exchange exchange(int seq, String said) {
        return new Exchange(
                seq,
                "turn-" + seq,
                Instant.parse("2026-11-24T10:00:00Z"),
                List.of(Message.user(said), Message.assistant("Noted.")));
    }
}
