package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.model.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionWindowTest {

    private final Owner owner = Owner.of(new Caller("alice", Set.of()), null);
    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    private Exchange plain(int seq, String text) {
        return new Exchange(seq, "t" + seq, now, List.of(Message.user(text), Message.assistant("ok " + seq)));
    }

    private Exchange withTool(int seq) {
        return new Exchange(
                seq,
                "t" + seq,
                now,
                List.of(
                        Message.user("Where is order " + seq + "?"),
                        new Message(
                                Role.ASSISTANT,
                                List.of(new Content.ToolUse("tu" + seq, "getOrder", "{\"id\":" + seq + "}"))),
                        new Message(Role.USER, List.of(new Content.ToolResult("tu" + seq, "shipped", false))),
                        Message.assistant("It shipped.")));
    }

    @Test
    void theWindowKeepsWholeExchangesSoAToolCallNeverLosesItsResult() {
        Session session = Session.start(owner, "s", now);
        ContextPolicy policy = new ContextPolicy(3, 1000);
        for (int seq = 1; seq <= 12; seq++) {
            session = session.append(seq % 2 == 0 ? withTool(seq) : plain(seq, "statement " + seq), policy);

            List<Message> flat = session.window().stream()
                    .flatMap(e -> e.messages().stream())
                    .toList();
            assertThat(flat.get(0).role()).isEqualTo(Role.USER);
            assertThat(flat.get(0).hasToolResult()).isFalse();
            for (int i = 0; i < flat.size(); i++) {
                if (flat.get(i).hasToolUse()) {
                    assertThat(flat.get(i + 1).hasToolResult())
                            .as("tool result follows its call")
                            .isTrue();
                }
            }
        }
        assertThat(session.window()).extracting(Exchange::seq).containsExactly(10, 11, 12);
        assertThat(session.version()).isEqualTo(12);
        assertThat(session.turnCount()).isEqualTo(12);
    }

    @Test
    void evictedTurnsBecomeSummaryNotesWithinBudgetDroppingQuestionsFirst() {
        Session session = Session.start(owner, "s", now);
        ContextPolicy policy = new ContextPolicy(1, 60);
        session = session.append(plain(1, "My dog is called Lucky"), policy);
        session = session.append(plain(2, "Do you sell collars?"), policy);
        session = session.append(plain(3, "I live in Chengdu now"), policy);
        session = session.append(plain(4, "last"), policy);

        assertThat(session.summary().notes())
                .extracting(RollingSummary.Note::text)
                .containsExactly("My dog is called Lucky", "I live in Chengdu now");
        assertThat(session.summary().notes())
                .extracting(RollingSummary.Note::seq)
                .containsExactly(1, 3);
        assertThat(session.summary().length()).isLessThanOrEqualTo(60);

        session = session.append(plain(5, "My favourite colour is a deep forest green"), policy);
        session = session.append(plain(6, "next"), policy);
        assertThat(session.summary().notes())
                .extracting(RollingSummary.Note::seq)
                .as("oldest statements give way once no question is left to drop")
                .containsExactly(4, 5);
    }
}
