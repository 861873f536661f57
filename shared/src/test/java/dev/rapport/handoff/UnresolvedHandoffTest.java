package dev.rapport.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.identity.Caller;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.testing.TestDynamoDb;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handoff after repeated failed answers, with the offline engine's honest "I don't find that", in the embedded
 * DynamoDB.
 */
class UnresolvedHandoffTest {

    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private ChatService chat;
    private DynamoDbConversationStore store;
    private DynamoDbHandoffQueue queue;

    @BeforeEach
    void setUp() {
        TestDynamoDb dynamo = TestDynamoDb.shared();
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        queue = new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations());
        chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .build();
    }

    @Test
    void twoUnansweredQuestionsInARowHandTheConversationOverOnce() {
        ChatReply first = chat.chat(bob, say("我的包裹什么时候到？", null));
        ChatReply second = chat.chat(bob, say("退货要几天？", first.sessionId()));
        ChatReply third = chat.chat(bob, say("运费是多少？", first.sessionId()));

        assertThat(first.handoff()).isFalse();
        assertThat(second.handoff()).isTrue();
        assertThat(second.reply()).contains("转给人工客服同事");
        assertThat(third.source()).as("a person has it").isEqualTo(ChatReply.FROM_HANDOFF);
        assertThat(queue.open(10))
                .singleElement()
                .satisfies(h -> assertThat(h.reason()).isEqualTo(HandoffReason.UNRESOLVED));
    }

    @Test
    void anAnswerInBetweenResetsTheCount() {
        ChatReply first = chat.chat(bob, say("Where is my parcel?", null));
        chat.chat(bob, say("My order number is 88231.", first.sessionId()));
        ChatReply answered = chat.chat(bob, say("What is my order number?", first.sessionId()));
        ChatReply fourth = chat.chat(bob, say("How long do refunds take?", first.sessionId()));

        assertThat(answered.reply()).contains("88231");
        assertThat(fourth.handoff()).isFalse();
        assertThat(queue.open(10)).isEmpty();
    }

    @Test
    void admissionsAreRecognisedInBothLanguagesAndOrdinaryAnswersAreNot() {
        assertThat(UnresolvedAnswer.admits("I'm sorry, I don't find that in our conversation yet."))
                .isTrue();
        assertThat(UnresolvedAnswer.admits("抱歉，我在我们的对话里还没有找到相关信息。")).isTrue();
        assertThat(UnresolvedAnswer.admits("Your order 88231 ships tomorrow.")).isFalse();
        assertThat(UnresolvedAnswer.admits("好的，我记下了。")).isFalse();
    }

    private static ChatCommand say(String message, String sessionId) {
        return new ChatCommand(message, sessionId, null, null, null);
    }
}
