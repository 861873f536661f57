package dev.rapport.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.inquiry.image.ImagePreparer;
import dev.rapport.inquiry.image.TestImages;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.problem.ProblemException;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The photo inquiry use case against the embedded DynamoDB and the offline engine. */
class ImageInquiryServiceTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final RecordingModel model = new RecordingModel();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private ImageInquiryService inquiries;
    private ChatService chat;
    private SessionHistory history;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        ConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency());
        chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(ChatSettings.defaults())
                .build();
        inquiries = new ImageInquiryService(new ImagePreparer(), chat);
        history = new SessionHistory(store, 200);
    }

    private static String redPng() {
        return TestImages.base64(TestImages.png(TestImages.mostlyRed(400, 300)));
    }

    private static ChatCommand ask(String question, String sessionId, String locale) {
        return new ChatCommand(question, sessionId, null, locale, null);
    }

    @Test
    void aPhotoTurnCostsTwoRoundTripsAndOneModelCallAndTheModelGetsTheImageWithTheQuestion() {
        ChatReply reply = inquiries.ask(alice, ask("Do you have this in my size?", null, "en"), "png", redPng());

        assertThat(roundTrips.count()).isEqualTo(2);
        assertThat(model.requests()).hasSize(1);
        Message last = model.last().messages().get(model.last().messages().size() - 1);
        assertThat(last.content()).hasSize(2);
        assertThat(last.content().get(0)).isInstanceOf(Content.Image.class);
        assertThat(last.text()).isEqualTo("Do you have this in my size?");
        assertThat(model.last().instructions()).contains("Never diagnose");
        assertThat(reply.reply()).contains("red").contains("can't see details");
    }

    @Test
    void theStoredTurnHoldsTheQuestionAndAReferenceAndLaterTurnsKnowAPhotoWasSent() {
        String png = redPng();
        ChatReply first =
                inquiries.ask(alice, ask("Mail me at wei@example.com about this one", null, "en"), "png", png);

        Turn turn = history.turns(alice, first.sessionId(), null).get(0);
        assertThat(turn.message()).isEqualTo("Mail me at [EMAIL_1] about this one");
        assertThat(turn.photo()).isNotNull();
        assertThat(turn.photo().format()).isEqualTo("png");
        assertThat(turn.photo().width()).isEqualTo(400);
        assertThat(turn.photo().height()).isEqualTo(300);
        assertThat(turn.photo().sha256()).hasSize(64);
        assertThat(turn.photo().bytes()).isPositive();

        chat.chat(alice, ask("Thanks, and what colour was it?", first.sessionId(), "en"));
        List<Message> seen = model.last().messages();
        assertThat(seen.get(0).content()).allSatisfy(c -> assertThat(c).isInstanceOf(Content.Text.class));
        assertThat(seen.get(0).text()).contains("[photo: landscape 400×300").contains("red");
    }

    @Test
    void chineseQuestionsGetChineseAnswers() {
        ChatReply reply = inquiries.ask(alice, ask("这个有别的颜色吗？", null, "zh-CN"), "png", redPng());

        assertThat(reply.reply()).contains("红色").contains("看不到照片里的细节");
    }

    @Test
    void healthQuestionsGetGeneralInformationAndNoDiagnosis() {
        ChatReply english = inquiries.ask(alice, ask("What is this rash on my arm?", null, "en"), "png", redPng());
        ChatReply chinese = inquiries.ask(alice, ask("手上的皮疹是什么？", null, "zh-CN"), "png", redPng());

        assertThat(english.reply()).contains("not a diagnosis").contains("doctor");
        assertThat(english.handoff()).isFalse();
        assertThat(chinese.reply()).contains("不是诊断").contains("医生");
    }

    @Test
    void urgentWordsHandOffAndSayToSeekCareNow() {
        ChatReply english =
                inquiries.ask(alice, ask("The cut is bleeding heavily, what do I do?", null, "en"), "png", redPng());
        ChatReply chinese = inquiries.ask(alice, ask("被蜇了以后呼吸困难", null, "zh-CN"), "png", redPng());

        assertThat(english.handoff()).isTrue();
        assertThat(english.reply()).contains("seek urgent care now").contains("not a diagnosis");
        assertThat(chinese.handoff()).isTrue();
        assertThat(chinese.reply()).contains("请立即就医");
    }

    @Test
    void aRetryWithTheSameKeyAndPhotoGetsTheFirstAnswerAndAnotherPhotoUnderThatKeyIs422() {
        ChatCommand keyed = new ChatCommand("Is this in stock?", null, null, "en", "photo-key-1");
        ChatReply first = inquiries.ask(alice, keyed, "png", redPng());
        ChatReply retry = inquiries.ask(alice, keyed, "png", redPng());
        String bluePng = TestImages.base64(TestImages.png(TestImages.solid(300, 300, 0x1E40C8)));

        assertThat(retry).isEqualTo(first);
        assertThat(model.requests()).hasSize(1);
        assertThat(history.turns(alice, first.sessionId(), null)).hasSize(1);
        assertThatThrownBy(() -> inquiries.ask(alice, keyed, "png", bluePng))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(422));
    }

    @Test
    void aRefusedImageCostsNoReadNoWriteAndNoModelCall() {
        assertThatThrownBy(() -> inquiries.ask(alice, ask("what is it?", null, "en"), "png", "%%% not base64 %%%"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> inquiries.ask(alice, ask("what is it?", null, "en"), "jpeg", redPng()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(422));

        assertThat(roundTrips.count()).isZero();
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void primingPreparesAPhotoAndWritesNothing() {
        ChatReply reply = inquiries.prime();

        assertThat(reply.reply()).isNotBlank();
        assertThat(model.requests()).isEmpty();
        assertThat(roundTrips.count())
                .as("the read and the refused transaction")
                .isEqualTo(2);
    }
}
