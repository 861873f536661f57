package dev.rapport.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.actions.ActionDesk;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.Heard;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.Candidate;
import dev.rapport.memory.Consent;
import dev.rapport.memory.Extraction;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryCategory;
import dev.rapport.memory.MemoryStore;
import dev.rapport.memory.Provenance;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.orders.OrderStatus;
import dev.rapport.problem.ProblemException;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestAudio;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import dev.rapport.voice.audio.AudioInspector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The voice turn against the embedded DynamoDB, the offline engine and the demo shop's order tools; the
 * transcriber answers what each test says was heard (the Transcribe adapter has its own wire tests).
 */
class VoiceInquiryServiceTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = DemoShop.customer("alice");
    private final TestDynamoDb.RequestCounter roundTrips = new TestDynamoDb.RequestCounter();
    private final List<Transcript> heard = new ArrayList<>();
    private final List<String> hints = new ArrayList<>();
    private final Transcriber transcriber = (clip, hint) -> {
        hints.add(hint);
        return heard.isEmpty() ? Optional.empty() : Optional.of(heard.remove(0));
    };
    private DemoShop shop;
    private ChatService chat;
    private SessionHistory history;
    private DynamoDbMemoryStore memories;
    private TestDynamoDb.ConversationTables tables;

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        String memory = dynamo.createMemoryTable();
        shop = DemoShop.create(dynamo);
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency(), memory);
        chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders())))
                .build();
        history = new SessionHistory(store, 200);
        memories = new DynamoDbMemoryStore(dynamo.client(), memory, Clock.systemUTC());
        shop.placeOrder(alice, "1042", OrderStatus.PROCESSING);
    }

    private VoiceInquiryService voice(SpeechSynthesizer speech) {
        return new VoiceInquiryService(
                new AudioInspector(), transcriber, chat, speech, VoiceInquiryService.DEFAULT_MIN_CONFIDENCE);
    }

    private VoiceReply say(String sessionId, String locale, String words, double confidence, String language) {
        heard.add(new Transcript(words, confidence, language));
        return voice(SpeechSynthesizer.NONE)
                .ask(alice, command(sessionId, locale, TestAudio.base64(TestAudio.wav(800, heard.size()))));
    }

    private static VoiceCommand command(String sessionId, String locale, String base64) {
        return new VoiceCommand("wav", base64, sessionId, null, locale, null, false);
    }

    private void remember(Candidate... facts) {
        MemoryBook book = MemoryBook.empty()
                .apply(
                        new Extraction(List.of(facts), List.of(), List.of()),
                        new Provenance("turn-1", "session-1", Instant.parse("2026-03-01T10:00:00Z"), "I wear L"),
                        Consent.everything())
                .book();
        memories.save(Owner.of(alice, null), new MemoryStore.Versioned(MemoryBook.empty(), 0), book);
    }

    @Test
    void aChineseVoiceNoteIsAnsweredInChineseWithTheMemoriesTheTypedQuestionUses() {
        remember(new Candidate(MemoryCategory.SIZE, "size:top", "L", "穿L码", 0.9, "我平时穿L码"));
        ChatReply typed = chat.chat(alice, new ChatCommand("给我推荐一件外套吧", null, null, "zh-CN", null));

        VoiceReply spoken = say(null, null, "给我推荐一件外套吧", 0.93, "zh-CN");

        assertThat(typed.memoriesUsed()).isNotEmpty();
        assertThat(spoken.chat().memoriesUsed()).isEqualTo(typed.memoriesUsed());
        assertThat(spoken.chat().reply()).contains("穿L码");
        assertThat(spoken.transcript()).isEqualTo(new Heard("给我推荐一件外套吧", 0.93, "zh-CN"));
        assertThat(spoken.speech()).isEmpty();
    }

    @Test
    void anEnglishVoiceNoteLikewise() {
        remember(new Candidate(MemoryCategory.SIZE, "size:top", "M", "wears size M", 0.9, "I wear size M"));
        ChatReply typed = chat.chat(alice, new ChatCommand("Can you recommend a jacket?", null, null, "en", null));

        VoiceReply spoken = say(null, "en-US", "Can you recommend a jacket?", 0.91, "en-US");

        assertThat(typed.memoriesUsed()).isNotEmpty();
        assertThat(spoken.chat().memoriesUsed()).isEqualTo(typed.memoriesUsed());
        assertThat(spoken.chat().reply()).contains("wears size M");
        assertThat(hints).containsExactly("en-US");
    }

    @Test
    void theStoredTurnKeepsTheRedactedTranscriptAndTheRecordingsReferenceOnly() {
        byte[] wav = TestAudio.wav(1200, 7);
        heard.add(new Transcript("Please mail me at wei@example.com about order 1042", 0.9, "en-US"));

        VoiceReply reply = voice(SpeechSynthesizer.NONE).ask(alice, command(null, "en", TestAudio.base64(wav)));

        Turn turn = history.turns(alice, reply.chat().sessionId(), null).get(0);
        assertThat(turn.message()).isEqualTo("Please mail me at [EMAIL_1] about order 1042");
        assertThat(turn.audio().format()).isEqualTo("wav");
        assertThat(turn.audio().sha256()).matches("[0-9a-f]{64}");
        assertThat(turn.photo()).isNull();
        assertThat(reply.transcript().text()).doesNotContain("wei@example.com").contains("[EMAIL_1]");
    }

    @Test
    void aSureCancellationIsProposedAsWhenTyped() {
        VoiceReply proposal = say(null, "en", "cancel order 1042", 0.95, "en-US");

        assertThat(proposal.chat().actions())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("pending_confirmation"));
    }

    @Test
    void anUnsureCancellationIsAskedBackAndProposesNothing() {
        VoiceReply unsure = say(null, "en", "cancel order 1042", 0.41, "en-US");

        assertThat(unsure.chat().reply()).isEqualTo("I heard: \"cancel order 1042\", is that right?");
        assertThat(unsure.chat().actions()).isEmpty();
        ChatReply yes = chat.chat(alice, new ChatCommand("yes", unsure.chat().sessionId(), null, "en", null));
        assertThat(yes.actions()).isEmpty();
        assertThat(status()).isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void anUnsureYesDoesNotConfirmAPendingCancellationWhichStaysOpenForASureOne() {
        ChatReply proposal = chat.chat(alice, new ChatCommand("取消订单1042", null, null, "zh-CN", null));
        String session = proposal.sessionId();

        VoiceReply unsure = say(session, "zh-CN", "是的", 0.35, "zh-CN");

        assertThat(unsure.chat().reply()).isEqualTo("我听到的是：“是的”，对吗？");
        assertThat(unsure.chat().actions())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("pending_confirmation"));
        assertThat(status()).isEqualTo(OrderStatus.PROCESSING);

        VoiceReply sure = say(session, "zh-CN", "是的", 0.97, "zh-CN");
        assertThat(sure.chat().actions())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("done"));
        assertThat(status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void otherUnsureQuestionsAreAnsweredNormally() {
        VoiceReply unsure = say(null, "en", "where is my order 1042?", 0.45, "en-US");

        assertThat(unsure.chat().reply()).contains("Order 1042 is processing");
    }

    @Test
    void nothingHeardIsAFriendly422AndNothingIsStored() {
        String sessionless = TestAudio.base64(TestAudio.wav(500, 1));

        assertThatThrownBy(() -> voice(SpeechSynthesizer.NONE).ask(alice, command(null, "zh-CN", sessionless)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().type()).endsWith("/nothing-heard");
                    assertThat(e.problem().detail()).contains("没有听到");
                });
        heard.add(new Transcript("   ", 0.2, "en-US"));
        assertThatThrownBy(() -> voice(SpeechSynthesizer.NONE).ask(alice, command(null, "en", sessionless)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(422));
        assertThat(dynamo.client()
                        .scan(b -> b.tableName(tables.conversations()))
                        .count())
                .isZero();
    }

    @Test
    void noTranscriberIsA503InTheRequestsLanguageAndNothingIsStored() {
        VoiceInquiryService offline =
                new VoiceInquiryService(new AudioInspector(), new NoTranscriber(), chat, SpeechSynthesizer.NONE, 0.6);

        assertThatThrownBy(() -> offline.ask(alice, command(null, "zh-CN", TestAudio.base64(TestAudio.wav(500, 1)))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(503);
                    assertThat(e.problem().type()).endsWith("/transcription-unavailable");
                    assertThat(e.problem().detail())
                            .contains("TRANSCRIBE_ENDPOINT")
                            .contains("离线");
                });
        assertThat(dynamo.client()
                        .scan(b -> b.tableName(tables.conversations()))
                        .count())
                .isZero();
    }

    @Test
    void badAudioIsRefusedBeforeTheTranscriberIsAsked() {
        assertThatThrownBy(() -> voice(SpeechSynthesizer.NONE)
                        .ask(alice, new VoiceCommand("flac", "AAAA", null, null, "en", null, false)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(415));
        assertThatThrownBy(() -> voice(SpeechSynthesizer.NONE)
                        .ask(alice, new VoiceCommand("wav", "not base64!", null, null, "en", null, false)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
        assertThatThrownBy(() -> new VoiceCommand("wav", "AAAA", "bad session!", null, "en", null, false))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
        assertThat(hints).isEmpty();
    }

    @Test
    void aRetryIsAnsweredFromTheFirstAnswerWithoutTranscribingOrSpeakingAgainAndAnotherRecordingIs422() {
        String wav = TestAudio.base64(TestAudio.wav(600, 11));
        VoiceCommand first = new VoiceCommand("wav", wav, null, null, "en", "retry-key-1", true);
        List<String> spoken = new ArrayList<>();
        SpeechSynthesizer polly = (text, language) -> {
            spoken.add(text);
            return Optional.of(new SpokenReply("audio/mpeg", new byte[] {1}, "Joanna"));
        };
        heard.add(new Transcript("where is my order 1042?", 0.9, "en-US"));

        VoiceReply answer = voice(polly).ask(alice, first);
        int firstRoundTrips = roundTrips.count();
        VoiceReply retry = voice(polly).ask(alice, first);

        // The first request reads once before transcribing and writes once; its retry only reads.
        assertThat(firstRoundTrips).isEqualTo(2);
        assertThat(roundTrips.count()).isEqualTo(3);
        assertThat(hints).hasSize(1);
        assertThat(spoken).hasSize(1);
        assertThat(retry.chat()).isEqualTo(answer.chat());
        assertThat(retry.transcript()).isEqualTo(answer.transcript());
        assertThat(retry.speech()).isEmpty();
        assertThat(history.turns(alice, answer.chat().sessionId(), null)).hasSize(1);
        String other = TestAudio.base64(TestAudio.wav(600, 12));
        assertThatThrownBy(() ->
                        voice(polly).ask(alice, new VoiceCommand("wav", other, null, null, "en", "retry-key-1", false)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().type()).endsWith("/idempotency-key-reused");
                });
        assertThat(hints).hasSize(1);
    }

    @Test
    void aRetryWithoutALocaleIsKnownThoughTheFirstTurnsLocaleCameFromTheLanguageHeard() {
        VoiceCommand first = new VoiceCommand(
                "wav", TestAudio.base64(TestAudio.wav(600, 13)), null, null, null, "retry-key-2", false);
        heard.add(new Transcript("我的订单1042到哪了", 0.9, "zh-CN"));

        VoiceReply answer = voice(SpeechSynthesizer.NONE).ask(alice, first);
        VoiceReply retry = voice(SpeechSynthesizer.NONE).ask(alice, first);

        assertThat(hints).hasSize(1);
        assertThat(retry.chat().turnId()).isEqualTo(answer.chat().turnId());
        assertThat(retry.transcript().language()).isEqualTo("zh-CN");
    }

    @Test
    void anotherCustomersSessionIs404BeforeTheNoteIsTranscribed() {
        ChatReply bobs = chat.chat(DemoShop.customer("bob"), new ChatCommand("hello", null, null, "en", null));
        heard.add(new Transcript("where is my order 1042?", 0.9, "en-US"));

        assertThatThrownBy(() -> voice(SpeechSynthesizer.NONE)
                        .ask(alice, command(bobs.sessionId(), "en", TestAudio.base64(TestAudio.wav(500, 14)))))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThat(hints).isEmpty();
    }

    @Test
    void aSpokenReplyIsReadInTheLanguageHeardWhenAskedFor() {
        List<String> read = new ArrayList<>();
        SpeechSynthesizer polly = (text, language) -> {
            read.add(language + ":" + text);
            return Optional.of(new SpokenReply("audio/mpeg", new byte[] {1, 2, 3}, "Zhiyu"));
        };
        heard.add(new Transcript("订单1042到哪了", 0.9, "zh-CN"));

        VoiceReply reply = voice(polly)
                .ask(
                        alice,
                        new VoiceCommand("wav", TestAudio.base64(TestAudio.wav(500, 3)), null, null, null, null, true));

        assertThat(reply.speech()).hasValueSatisfying(s -> assertThat(s.voice()).isEqualTo("Zhiyu"));
        assertThat(read).containsExactly("zh-CN:" + reply.chat().reply());
    }

    @Test
    void whenTheVoiceFailsTheTextReplyStillGoesOutAndTheTurnIsKept() {
        SpeechSynthesizer broken = (text, language) -> {
            throw new IllegalStateException("the voice is not available");
        };
        heard.add(new Transcript("where is my order 1042?", 0.9, "en-US"));

        VoiceReply reply = voice(broken)
                .ask(
                        alice,
                        new VoiceCommand(
                                "wav", TestAudio.base64(TestAudio.wav(500, 15)), null, null, "en", null, true));

        assertThat(reply.chat().reply()).contains("Order 1042 is processing");
        assertThat(reply.speech()).isEmpty();
        assertThat(history.turns(alice, reply.chat().sessionId(), null)).hasSize(1);
    }

    private OrderStatus status() {
        return shop.orders()
                .order(Owner.of(alice, null).customerHash(), "1042")
                .orElseThrow()
                .status();
    }
}
