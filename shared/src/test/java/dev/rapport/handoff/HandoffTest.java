package dev.rapport.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.SessionHistory;
import dev.rapport.identity.Caller;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import dev.rapport.problem.ProblemException;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Handing a conversation to a person, against the embedded DynamoDB: when, once, what is kept and who sees it. */
class HandoffTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final RecordingModel model = new RecordingModel();
    private TestDynamoDb.ConversationTables tables;
    private ChatService chat;
    private SessionHistory history;
    private HandoffService queue;
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller admin = new Caller("admin-" + UUID.randomUUID(), Set.of(Caller.SUPPORT_ADMINS));

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency());
        ChatSettings settings =
                new ChatSettings(new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, "");
        chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(settings)
                .clock(new TickingClock())
                .build();
        history = new SessionHistory(store, 200);
        queue = new HandoffService(new DynamoDbHandoffQueue(dynamo.enhanced(roundTrips), tables.conversations()));
    }

    private static ChatCommand say(String message, String sessionId) {
        return new ChatCommand(message, sessionId, null, null, null);
    }

    @Test
    void anExplicitRequestHandsOffOnceEvenWhenRepeatedAndRetried() {
        ChatCommand keyed = new ChatCommand("我要投诉，转人工！", null, null, null, "key-1");
        ChatReply first = chat.chat(alice, keyed);
        ChatReply retry = chat.chat(alice, keyed);
        ChatReply again = chat.chat(alice, say("我要投诉，转人工！", first.sessionId()));

        assertThat(first.handoff()).isTrue();
        assertThat(first.reply()).endsWith("我已将对话转给人工客服同事，他们会在这里回复您，您无需重复说明。");
        assertThat(retry).isEqualTo(first);
        // Queued once; while it is open the assistant only says the message reached the colleague.
        assertThat(again.handoff()).isTrue();
        assertThat(again.reply()).isEqualTo("已转给人工客服同事，他们会在这里回复您。");
        assertThat(handoffItems())
                .singleElement()
                .satisfies(item -> assertThat(item.get("reason").s()).isEqualTo("requested"));
        assertThat(queue.open(admin)).singleElement().satisfies(h -> {
            assertThat(h.sessionId()).isEqualTo(first.sessionId());
            assertThat(h.reason()).isEqualTo(HandoffReason.REQUESTED);
            assertThat(h.transcript()).extracting(Handoff.Line::text).contains("我要投诉，转人工！");
        });
        // Turns while a person has the conversation are marked too; history never shows the handoff record.
        assertThat(history.turns(alice, first.sessionId(), null))
                .hasSize(2)
                .extracting(t -> t.source())
                .containsExactly(ChatReply.FROM_MODEL, ChatReply.FROM_HANDOFF);
    }

    @Test
    void anEnglishRequestIsAnsweredInEnglish() {
        ChatReply reply = chat.chat(alice, say("Can I talk to a person please?", null));

        assertThat(reply.handoff()).isTrue();
        assertThat(reply.reply())
                .endsWith("I've passed our conversation to a colleague, who will reply here; "
                        + "you won't need to repeat anything.");
    }

    @Test
    void frustrationThatPersistsHandsOffButOneAngryMessageDoesNot() {
        ChatReply angry = chat.chat(alice, say("This is terrible service!", null));
        ChatReply calm = chat.chat(alice, say("Where is my order 88231?", angry.sessionId()));
        ChatReply angryAgain = chat.chat(alice, say("太差了，快递两周还没到！", angry.sessionId()));
        ChatReply stillAngry =
                chat.chat(alice, say("Still waiting, this is useless and I'm fed up", angry.sessionId()));

        assertThat(angry.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(angry.handoff()).isFalse();
        assertThat(calm.handoff()).isFalse();
        assertThat(angryAgain.handoff())
                .as("negative, and one of the two before it was too")
                .isTrue();
        assertThat(stillAngry.source())
                .as("already handed off: acknowledged, not answered")
                .isEqualTo("handoff");
        assertThat(queue.open(admin)).singleElement().satisfies(h -> {
            assertThat(h.reason()).isEqualTo(HandoffReason.FRUSTRATION);
            assertThat(h.sentimentTrend()).containsExactly(Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE);
            assertThat(h.emotionTrend()).containsExactly(Emotion.DISAPPOINTMENT, Emotion.NONE, Emotion.DISAPPOINTMENT);
        });
    }

    @Test
    void turnsAndHandoffsStoredBeforeEmotionsWereReadStillLoad() {
        ChatReply reply = chat.chat(alice, say("我要投诉，转人工！", null));
        try (DynamoDbClient client = dynamo.client()) {
            client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.containsKey("emotion") || item.containsKey("emotionTrend"))
                    .forEach(item -> client.updateItem(u -> u.tableName(tables.conversations())
                            .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                            .updateExpression("REMOVE emotion, emotionTrend")));
        }

        assertThat(history.turns(alice, reply.sessionId(), null))
                .singleElement()
                .satisfies(t -> assertThat(t.emotion()).isNull());
        assertThat(queue.open(admin)).singleElement().satisfies(h -> {
            assertThat(h.emotionTrend()).isEmpty();
            assertThat(h.sentimentTrend()).containsExactly(Sentiment.NEGATIVE);
        });
    }

    @Test
    void twoAngryMessagesFarApartDoNotHandOff() {
        ChatReply first = chat.chat(alice, say("This is terrible service!", null));
        chat.chat(alice, say("Where is my order 88231?", first.sessionId()));
        // A statement between: two unanswered questions in a row would hand off for another reason.
        chat.chat(alice, say("I live in Shanghai.", first.sessionId()));
        ChatReply later = chat.chat(alice, say("That's awful.", first.sessionId()));

        assertThat(later.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(later.handoff()).isFalse();
        assertThat(handoffItems()).isEmpty();
    }

    @Test
    void riskTopicsHandOffWithTheUrgentLineInTheCustomersLanguage() {
        ChatReply selfHarm = chat.chat(alice, say("I don't see the point anymore, I want to end my life", null));
        ChatReply chest = chat.chat(alice, say("我现在胸痛，呼吸困难", null));
        ChatReply lawyer = chat.chat(alice, say("Refund me or my lawyer will sue you", null));

        assertThat(selfHarm.handoff()).isTrue();
        assertThat(selfHarm.reply()).contains("crisis line").contains("colleague");
        assertThat(chest.handoff()).isTrue();
        assertThat(chest.reply()).contains("120").contains("急诊").contains("转给人工客服");
        assertThat(lawyer.handoff()).isTrue();
        assertThat(lawyer.reply()).contains("colleague").doesNotContain("emergency");
        assertThat(queue.open(admin))
                .hasSize(3)
                .allSatisfy(h -> assertThat(h.reason()).isEqualTo(HandoffReason.RISK));
    }

    @Test
    void theRecordHoldsNoRawPersonalData() {
        ChatReply first = chat.chat(alice, say("My phone is 13812345678 and email wei.chen@example.com", null));
        chat.chat(alice, say("No reply yet, 转人工", first.sessionId()));

        Map<String, AttributeValue> item = handoffItems().getFirst();
        assertThat(item.toString())
                .doesNotContain("13812345678", "5678", "wei.chen", "example.com", alice.subject())
                .contains("[PHONE_1]");
        assertThat(item.get("customer").s()).isNotBlank();
        assertThat(item.get("handoffQueue").s()).isEqualTo("OPEN");
    }

    @Test
    void theHandedOffTurnStillTakesTwoRoundTripsAndOneModelCall() {
        ChatReply first = chat.chat(alice, say("Where is my order 88231?", null));
        roundTrips.reset();
        int calls = model.requests().size();

        ChatReply handedOff = chat.chat(alice, say("转人工", first.sessionId()));

        assertThat(handedOff.handoff()).isTrue();
        assertThat(roundTrips.count()).isEqualTo(2);
        assertThat(model.requests()).hasSize(calls + 1);
    }

    @Test
    void theQueueIsNewestFirstAndForSupportAdminsOnly() {
        ChatReply older = chat.chat(alice, say("转人工", null));
        ChatReply newer = chat.chat(new Caller("bob-" + UUID.randomUUID(), Set.of()), say("talk to a person", null));

        assertThat(queue.open(admin))
                .extracting(Handoff::sessionId)
                .containsExactly(newer.sessionId(), older.sessionId());
        assertThatThrownBy(() -> queue.open(alice))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(403));
        assertThatThrownBy(() -> queue.open(new Caller("m", Set.of(Caller.MARKETERS))))
                .isInstanceOf(ProblemException.class);
    }

    /** A second passes on every reading, so turns made one after another never share a timestamp. */
    private static final class TickingClock extends Clock {

        private final AtomicLong seconds =
                new AtomicLong(Instant.parse("2026-11-30T10:00:00Z").getEpochSecond());

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndIncrement());
        }
    }

    private List<Map<String, AttributeValue>> handoffItems() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.get("sk").s().equals("HANDOFF"))
                    .toList();
        }
    }
}
