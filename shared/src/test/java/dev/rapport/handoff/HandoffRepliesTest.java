package dev.rapport.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.model.Grounding;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A person taking a handed-off conversation over, on the embedded DynamoDB: who writes, what is kept, who answers. */
class HandoffRepliesTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final RecordingModel model = new RecordingModel();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private TestDynamoDb.ConversationTables tables;
    private ChatService chat;
    private SessionHistory history;
    private HandoffService desk;
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private final Caller admin = new Caller("admin-" + UUID.randomUUID(), Set.of(Caller.SUPPORT_ADMINS));

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency());
        DynamoDbHandoffQueue queue = new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations());
        chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .clock(clock)
                .build();
        history = new SessionHistory(store, queue, 200);
        desk = new HandoffService(queue, new PiiRedactor(), clock);
    }

    private ChatReply say(Caller caller, String message, String sessionId) {
        clock.advance(Duration.ofSeconds(1));
        return chat.chat(caller, new ChatCommand(message, sessionId, null, null, null));
    }

    private PersonMessage reply(String handoffId, String text, String key) {
        clock.advance(Duration.ofSeconds(1));
        return desk.reply(admin, handoffId, text, key);
    }

    private String openHandoff() {
        return desk.open(admin).getFirst().id();
    }

    @Test
    void anAdminsReplyIsStoredRedactedAndShownAmongTheTurnsInOrder() {
        ChatReply handedOff = say(alice, "我要投诉，转人工！", null);
        String id = openHandoff();

        PersonMessage posted = reply(id, "您好，我是小林，退款已提交。有问题请拨 13912345678。", null);
        ChatReply waiting = say(alice, "好的，谢谢", handedOff.sessionId());
        reply(id, "不客气！", null);

        assertThat(posted.sessionId()).isEqualTo(handedOff.sessionId());
        assertThat(posted.handoffId()).isEqualTo(id);
        assertThat(posted.text()).contains("退款已提交").contains("[PHONE_1]").doesNotContain("13912345678");
        SessionHistory.Conversation conversation = history.conversation(alice, handedOff.sessionId(), null);
        assertThat(conversation.turns()).extracting(Turn::turnId).containsExactly(handedOff.turnId(), waiting.turnId());
        assertThat(conversation.fromPeople()).extracting(PersonMessage::text).containsExactly(posted.text(), "不客气！");
        assertThat(conversation.fromPeople().get(0).at())
                .isBetween(
                        conversation.turns().get(0).at(),
                        conversation.turns().get(1).at());
        assertThat(conversation.fromPeople().get(1).at())
                .isAfter(conversation.turns().get(1).at());
    }

    @Test
    void theStoredMessageCarriesTheCustomerAndTheConversationsExpiryAndNoAdminName() {
        ChatReply handedOff = say(alice, "talk to a person", null);
        String id = openHandoff();

        reply(id, "Hi, I'm on it.", null);

        Map<String, AttributeValue> message = items("PERSON#").getFirst();
        Map<String, AttributeValue> turn = items("TURN#").getFirst();
        assertThat(message.get("customer")).isEqualTo(turn.get("customer"));
        assertThat(message.get("expiresAt")).isEqualTo(turn.get("expiresAt"));
        assertThat(message.get("sessionId").s()).isEqualTo(handedOff.sessionId());
        assertThat(message.get("by").s()).isNotBlank().isNotEqualTo(admin.subject());
        assertThat(message.toString()).doesNotContain(admin.subject());
        assertThat(message).doesNotContainKeys("turnId", "handoffQueue");
    }

    @Test
    void theSameIdempotencyKeyWritesTheMessageOnceAndReturnsItAgain() {
        say(alice, "转人工", null);
        String id = openHandoff();

        PersonMessage first = reply(id, "您好，我来处理。", "reply-1");
        PersonMessage retry = reply(id, "您好，我来处理。", "reply-1");
        PersonMessage other = reply(id, "请稍等。", "reply-2");

        assertThat(retry).isEqualTo(first);
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(items("PERSON#")).hasSize(2);
    }

    @Test
    void whileAPersonHasTheConversationTheAssistantOnlyAcknowledgesInTwoRoundTripsAndNoModelCall() {
        ChatReply handedOff = say(alice, "我要投诉，转人工！", null);
        int calls = model.requests().size();
        roundTrips.reset();

        ChatReply zh = say(alice, "我的快递到底在哪？", handedOff.sessionId());

        assertThat(roundTrips.count()).isEqualTo(2);
        assertThat(model.requests()).hasSize(calls);
        assertThat(zh.reply()).isEqualTo("已转给人工客服同事，他们会在这里回复您。");
        assertThat(zh.handoff()).isTrue();
        assertThat(zh.source()).isEqualTo(ChatReply.FROM_HANDOFF);
        ChatReply en = say(alice, "Hello? Anyone there?", handedOff.sessionId());
        assertThat(en.reply()).isEqualTo("A colleague has your conversation and will reply here.");
        assertThat(model.requests()).hasSize(calls);
        assertThat(desk.open(admin)).hasSize(1);
        assertThat(history.turns(alice, handedOff.sessionId(), null))
                .extracting(Turn::message)
                .containsExactly("我要投诉，转人工！", "我的快递到底在哪？", "Hello? Anyone there?");
    }

    @Test
    void closingTheHandoffGivesTheConversationBackToTheAssistant() {
        ChatReply handedOff = say(alice, "talk to a person", null);
        String id = openHandoff();
        reply(id, "Refund done.", null);
        desk.close(admin, id, "refunded");
        int calls = model.requests().size();

        ChatReply after = say(alice, "Thanks! Where is my order 88231?", handedOff.sessionId());

        assertThat(after.handoff()).isFalse();
        assertThat(after.source()).isNotEqualTo(ChatReply.FROM_HANDOFF);
        assertThat(model.requests()).hasSize(calls + 1);
        assertThatThrownBy(() -> reply(id, "One more thing", null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(items("PERSON#")).hasSize(1);
    }

    @Test
    void afterTheCloseTheAssistantKnowsWhatThePersonToldTheCustomerAndOnlyThat() {
        ChatReply handedOff = say(alice, "我要投诉，转人工！", null);
        String id = openHandoff();
        reply(id, "您好，退款 128 元已提交，3 个工作日内到账。电话 13912345678 可联系我。", null);
        ChatReply other = say(bob, "talk to a person", null);
        reply(
                desk.open(admin).stream()
                        .filter(h -> h.sessionId().equals(other.sessionId()))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                "Bob's replacement ships Monday.",
                null);
        desk.close(admin, id, "refunded");

        say(alice, "退款什么时候到？", handedOff.sessionId());

        List<Grounding> fromPeople = model.last().grounding().stream()
                .filter(g -> g.kind().equals(Grounding.PERSON))
                .toList();
        assertThat(fromPeople)
                .singleElement()
                .satisfies(g -> assertThat(g.text())
                        .contains("退款 128 元已提交")
                        .contains("[PHONE_1]")
                        .doesNotContain("13912345678"));
        assertThat(model.last().instructions()).contains("support colleague");
        assertThat(model.last().grounding()).noneMatch(g -> g.text().contains("Bob's replacement"));
    }

    @Test
    void theOfflineEngineQuotesThePersonAsAColleagueNotAsTheCustomer() {
        ChatService offline = ChatService.builder()
                .store(new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency()))
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .clock(clock)
                .build();
        ChatReply handedOff = say(alice, "talk to a person", null);
        String id = openHandoff();
        reply(id, "Your refund of 128 yuan was submitted and arrives within 3 working days.", null);
        desk.close(admin, id, "refunded");
        clock.advance(Duration.ofSeconds(1));

        ChatReply after = offline.chat(
                alice, new ChatCommand("When does my refund arrive?", handedOff.sessionId(), null, null, null));

        assertThat(after.reply()).startsWith("My colleague told you:").contains("refund of 128 yuan");
    }

    @Test
    void aClosedHandoffsConversationEndsAtItsClose() {
        ChatReply handedOff = say(alice, "talk to a person", null);
        String id = openHandoff();
        say(alice, "My parcel arrived broken", handedOff.sessionId());
        reply(id, "Sorry! A new one is on its way.", null);
        clock.advance(Duration.ofSeconds(1));
        desk.close(admin, id, "replaced");
        say(alice, "Do you sell phone cases?", handedOff.sessionId());

        assertThat(desk.conversation(admin, id))
                .extracting(HandoffLine::text)
                .contains("My parcel arrived broken", "Sorry! A new one is on its way.")
                .doesNotContain("Do you sell phone cases?");
    }

    @Test
    void customersUnknownIdsAndBadMessagesAreRefusedAndChangeNothing() {
        ChatReply handedOff = say(alice, "转人工", null);
        String id = openHandoff();

        assertStatus(() -> desk.reply(alice, id, "I am the admin now", null), 403);
        assertStatus(() -> desk.reply(new Caller("m", Set.of(Caller.MARKETERS)), id, "hi", null), 403);
        assertStatus(() -> desk.reply(admin, "20261124100000123456-Qm9fW3xYz1Ab2Cd3", "hi", null), 404);
        assertStatus(() -> desk.reply(admin, handedOff.sessionId(), "hi", null), 404);
        assertStatus(() -> desk.reply(admin, id, "   ", null), 400);
        assertStatus(() -> desk.reply(admin, id, "很".repeat(4001), null), 413);
        assertStatus(() -> desk.reply(admin, id, "bad\u0000byte", null), 400);
        assertStatus(() -> desk.reply(admin, id, "hi", "key with spaces"), 400);

        assertThat(items("PERSON#")).isEmpty();
        assertThat(history.conversation(alice, handedOff.sessionId(), null).fromPeople())
                .isEmpty();
    }

    @Test
    void anotherCustomerSeesNoneOfThePersonsMessages() {
        ChatReply handedOff = say(alice, "转人工", null);
        reply(openHandoff(), "您好，我是小林。", null);

        assertStatus(() -> history.conversation(bob, handedOff.sessionId(), null), 404);
        ChatReply bobs = say(bob, "Where is my order?", null);
        assertThat(history.conversation(bob, bobs.sessionId(), null).fromPeople())
                .isEmpty();
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(status));
    }

    private List<Map<String, AttributeValue>> items(String sortPrefix) {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.get("sk").s().startsWith(sortPrefix))
                    .toList();
        }
    }
}
