package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The chat use case against the embedded DynamoDB and the offline engine: real storage, real protocol. */
class ChatServiceTest {

    private static final ContextPolicy POLICY = new ContextPolicy(4, 600);

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final RecordingModel model = new RecordingModel();
    private TestDynamoDb.ConversationTables tables;
    private ChatService chat;
    private SessionHistory history;
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        ConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency());
        ChatSettings settings = new ChatSettings(POLICY, Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, "");
        chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(settings)
                .build();
        history = new SessionHistory(store, 200);
    }

    private static ChatCommand say(String message, String sessionId) {
        return new ChatCommand(message, sessionId, null, null, null);
    }

    @Test
    void aServiceMissingARequiredPartIsRefusedWhenBuiltNamingThePart() {
        ConversationStore store =
                new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        assertThatThrownBy(() -> ChatService.builder()
                        .model(model)
                        .settings(ChatSettings.defaults())
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("store");
        assertThatThrownBy(() -> ChatService.builder()
                        .store(store)
                        .settings(ChatSettings.defaults())
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("model");
        assertThatThrownBy(() -> ChatService.builder().store(store).model(model).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("settings");
    }

    @Test
    void firstTurnStartsASessionAndReportsUsage() {
        ChatReply reply = chat.chat(alice, say("Hello", null));

        assertThat(reply.sessionId()).isNotBlank();
        assertThat(reply.turnId()).isNotBlank();
        assertThat(reply.reply()).contains("offline");
        assertThat(reply.usage().inputTokens()).isPositive();
        assertThat(reply.usage().outputTokens()).isPositive();
        assertThat(history.turns(alice, reply.sessionId(), null))
                .singleElement()
                .satisfies(t -> assertThat(t.message()).isEqualTo("Hello"));
    }

    @Test
    void laterTurnsAnswerFromEarlierOnes() {
        ChatReply first = chat.chat(alice, say("My order number is 12345 and my name is Wei", null));
        ChatReply second = chat.chat(alice, say("What is my order number?", first.sessionId()));

        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        assertThat(second.reply()).contains("12345");
        assertThat(model.last().messages()).hasSize(3);
    }

    @Test
    void aValueKeepsItsPlaceholderThroughoutTheConversation() {
        ChatReply first = chat.chat(alice, say("Call me on 13812345678 please", null));
        chat.chat(alice, say("Or my wife on 13987654321", first.sessionId()));
        chat.chat(alice, say("手机 138-1234-5678 最方便", first.sessionId()));

        assertThat(history.turns(alice, first.sessionId(), null))
                .extracting(Turn::message)
                .containsExactly("Call me on [PHONE_1] please", "Or my wife on [PHONE_2]", "手机 [PHONE_1] 最方便");
        // Ids and times are random digits that may hold "4321" by chance: only what a person wrote counts.
        String stored = sessionItemText()
                .replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "<id>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z", "<time>")
                .replaceAll("N=\\d+", "N=<n>")
                .replaceAll("\"\\d{10}\\.[A-Za-z0-9+/=]+\"", "\"<sealed>\"");
        assertThat(stored).contains("PHONE_1", "PHONE_2").doesNotContain("13812345678", "13987654321", "5678", "4321");
    }

    @Test
    void placeholderKeysDifferBetweenConversations() {
        ChatReply one = chat.chat(alice, say("My phone is 13812345678", null));
        ChatReply two = chat.chat(alice, say("My phone is 13812345678", null));

        assertThat(ledgerOf(one.sessionId())).isNotEqualTo(ledgerOf(two.sessionId()));
    }

    private String sessionItemText() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.get("sk").s().equals("SESSION"))
                    .map(Object::toString)
                    .collect(Collectors.joining("\n"));
        }
    }

    private String ledgerOf(String sessionId) {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.get("sk").s().equals("SESSION")
                            && item.get("sessionId").s().equals(sessionId))
                    .map(item -> item.get("placeholders").s())
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void anUpsetCustomerGetsAReplyWhoseToneFollowsTheMood() {
        ChatReply calm = chat.chat(alice, say("Where is my order 88231?", null));
        String calmInstructions = model.last().instructions();
        ChatReply upset = chat.chat(alice, say("太差了，快递两周还没到！", calm.sessionId()));

        assertThat(calm.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(calm.emotion()).isEqualTo(Emotion.NONE);
        assertThat(calmInstructions).doesNotContain("The customer sounds");
        assertThat(upset.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(model.last().instructions()).contains("The customer sounds");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        我要投诉，你们太离谱了                   | ANGER          | Apologise once
        I'm worried my parcel is lost         | ANXIETY        | the next step and when
        问了三遍了还没解决                        | FRUSTRATION    | do not ask again
        I don't understand this invoice        | CONFUSION      | one step at a time
        非常失望，颜色完全不一样                   | DISAPPOINTMENT | offer the remedy
        The parcel is broken and it's bad      | DISAPPOINTMENT | offer the remedy
        """)
    void eachEmotionSetsItsOwnToneAndIsReported(String message, Emotion emotion, String instruction) {
        ChatReply reply = chat.chat(alice, say(message, null));

        assertThat(reply.emotion()).isEqualTo(emotion);
        assertThat(model.last().instructions()).contains(instruction);
    }

    @Test
    void chineseConversationsRecallToo() {
        ChatReply first = chat.chat(alice, new ChatCommand("我的订单号是 88231，收货地址在杭州", null, null, "zh-CN", null));
        ChatReply second = chat.chat(alice, new ChatCommand("我的订单号是多少？", first.sessionId(), null, "zh-CN", null));

        assertThat(second.reply()).contains("88231").contains("您之前");
    }

    @Test
    void aTurnCostsAtMostTwoRoundTripsAndOneModelCall() {
        ChatReply first = chat.chat(alice, say("I live in Shanghai", null));
        roundTrips.reset();
        int calls = model.requests().size();

        chat.chat(
                alice,
                new ChatCommand(
                        "Where do I live?",
                        first.sessionId(),
                        null,
                        null,
                        UUID.randomUUID().toString()));

        assertThat(roundTrips.count()).isEqualTo(2);
        assertThat(model.requests()).hasSize(calls + 1);
    }

    @Test
    void anotherCustomersSessionIsNotFoundAndUntouched() {
        ChatReply alices = chat.chat(alice, say("My PIN hint is blue", null));

        assertThatThrownBy(() -> chat.chat(bob, say("What is my PIN hint?", alices.sessionId())))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> history.turns(bob, alices.sessionId(), null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThat(history.turns(alice, alices.sessionId(), null)).hasSize(1);
    }

    @Test
    void profilesOfOneAccountAreIsolated() {
        String memory = dynamo.createMemoryTable();
        new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC())
                .save(
                        Owner.of(alice, null).customerHash(),
                        new CustomerSettings(
                                true,
                                false,
                                false,
                                "UTC",
                                null,
                                List.of(
                                        new CustomerSettings.Profile("default", "Me"),
                                        new CustomerSettings.Profile("kid", "Kid"))));
        ConversationStore store =
                new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency(), memory);
        ChatService chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(new ChatSettings(POLICY, Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .build();
        ChatReply kids = chat.chat(alice, new ChatCommand("My size is 120", null, "kid", null, null));

        assertThatThrownBy(() -> chat.chat(alice, say("What is my size?", kids.sessionId())))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThat(history.turns(alice, kids.sessionId(), "kid")).hasSize(1);
    }

    @Test
    void unknownSessionIsNotFoundAndNothingIsWritten() {
        assertThatThrownBy(() -> chat.chat(alice, say("hi", "no-such-session")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThat(itemCount()).isZero();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndStoresOneTurn() {
        String key = UUID.randomUUID().toString();
        ChatReply first = chat.chat(alice, new ChatCommand("I prefer green tea", null, null, null, key));
        int modelCalls = model.requests().size();
        ChatReply retry = chat.chat(alice, new ChatCommand("I prefer green tea", null, null, null, key));

        assertThat(retry).isEqualTo(first);
        assertThat(model.requests()).hasSize(modelCalls);
        assertThat(history.turns(alice, first.sessionId(), null)).hasSize(1);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        chat.chat(alice, new ChatCommand("I prefer green tea", null, null, null, key));
        int items = itemCount();

        assertThatThrownBy(() -> chat.chat(alice, new ChatCommand("I prefer coffee", null, null, null, key)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(422));
        assertThat(itemCount()).isEqualTo(items);
    }

    @Test
    void theSameKeyFromAnotherCustomerIsTheirOwn() {
        String key = UUID.randomUUID().toString();
        ChatReply alices = chat.chat(alice, new ChatCommand("My name is Alice", null, null, null, key));
        ChatReply bobs = chat.chat(bob, new ChatCommand("My name is Alice", null, null, null, key));

        assertThat(bobs.sessionId()).isNotEqualTo(alices.sessionId());
    }

    @Test
    void concurrentTurnsInOneSessionAreAllStored() throws Exception {
        ChatReply first = chat.chat(alice, say("Starting", null));
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Callable<ChatReply>> tasks = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            String text = "parallel message " + i;
            tasks.add(() -> chat.chat(alice, say(text, first.sessionId())));
        }
        List<Future<ChatReply>> done = pool.invokeAll(tasks);
        pool.shutdown();
        for (Future<ChatReply> f : done) {
            f.get();
        }

        List<Turn> turns = history.turns(alice, first.sessionId(), null);
        assertThat(turns).hasSize(parallel + 1);
        assertThat(turns)
                .extracting(Turn::seq)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, parallel + 1)
                        .boxed()
                        .toList());
        assertThat(turns)
                .extracting(Turn::message)
                .containsAll(java.util.stream.IntStream.range(0, parallel)
                        .mapToObj(i -> "parallel message " + i)
                        .toList());
    }

    @Test
    void aModelOutageAnswers503AndWritesNothing() {
        model.unavailable(true);

        assertThatThrownBy(() -> chat.chat(alice, new ChatCommand("hello", null, null, null, "k-1")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(503);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
        assertThat(itemCount()).isZero();
    }

    @Test
    void thePromptStaysBoundedAndEarlyFactsRemainAnswerable() {
        String sessionId =
                chat.chat(alice, say("My membership number is 778899", null)).sessionId();
        for (int i = 0; i < 40; i++) {
            // Statements, not questions the assistant cannot answer: those would hand the conversation to a person.
            chat.chat(alice, say("Item " + i + " is on my wish list.", sessionId));
        }
        ChatReply answer = chat.chat(alice, say("What is my membership number?", sessionId));

        var prompt = model.last();
        assertThat(prompt.messages()).hasSize(POLICY.recentTurns() * 2 + 1);
        assertThat(prompt.grounding()).extracting(Grounding::kind).containsOnly(Grounding.SUMMARY);
        assertThat(prompt.grounding().stream().mapToInt(g -> g.text().length()).sum())
                .isLessThanOrEqualTo(POLICY.summaryChars());
        assertThat(answer.reply()).contains("778899");
    }

    @Test
    void personalDataIsRedactedBeforeStorageAndBeforeTheModel() {
        ChatReply reply = chat.chat(alice, say("Call me on 13812345678 or mail wei@example.com", null));

        Message sent = model.last().messages().get(0);
        assertThat(sent.text())
                .doesNotContain("13812345678")
                .doesNotContain("wei@example.com")
                .contains("[PHONE_1]");
        Turn stored = history.turns(alice, reply.sessionId(), null).get(0);
        assertThat(stored.message()).isEqualTo("Call me on [PHONE_1] or mail [EMAIL_1]");
        assertThat(stored.reply()).doesNotContain("13812345678");
    }

    @Test
    void namesMessagingIdsAndTheIdempotencyKeyAreNotStoredRaw() {
        ChatReply first = chat.chat(
                alice,
                new ChatCommand("我叫张伟，加我微信 wxid_abc123，QQ号 987654321", null, null, "zh", "wei.zhang@example.cn"));
        chat.chat(
                alice,
                new ChatCommand(
                        "My name is Emily Clark, my WeChat is tom_baker88",
                        first.sessionId(),
                        null,
                        "en",
                        "+8613812345678"));

        String everything = tableDump();
        assertThat(everything)
                .doesNotContain(
                        "张伟",
                        "wxid_abc123",
                        "987654321",
                        "Emily Clark",
                        "tom_baker88",
                        "wei.zhang@example.cn",
                        "13812345678");
        assertThat(history.turns(alice, first.sessionId(), null).get(0).message())
                .isEqualTo("我叫[NAME_1]，加我微信 [IM_ID_1]，QQ号 [IM_ID_2]");
        // the hashed key still finds the first answer
        assertThat(chat.chat(
                                alice,
                                new ChatCommand(
                                        "我叫张伟，加我微信 wxid_abc123，QQ号 987654321",
                                        null,
                                        null,
                                        "zh",
                                        "wei.zhang@example.cn"))
                        .turnId())
                .isEqualTo(first.turnId());
    }

    private String tableDump() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().toString()
                    + client.scan(b -> b.tableName(tables.idempotency()))
                            .items()
                            .toString();
        }
    }

    private int itemCount() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).count()
                    + client.scan(b -> b.tableName(tables.idempotency())).count();
        }
    }
}
