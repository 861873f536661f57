package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.identity.Caller;
import dev.rapport.knowledge.FaqEntry;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.knowledge.KnowledgeFiles;
import dev.rapport.knowledge.KnowledgeIndex;
import dev.rapport.knowledge.KnowledgeSettings;
import dev.rapport.model.Grounding;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chat turns in managed mode: the FAQs in memory, the passages from a Bedrock knowledge base
 * (the real SDK against a stub speaking Retrieve's wire format), on the embedded DynamoDB with the
 * offline engine behind a recorder.
 */
class ChatOverKnowledgeBaseTest {

    private static final FaqEntry BATTERY =
            new FaqEntry("faq-battery-zh", "手机续航多久？", List.of(), "Nova X 正常使用约可续航 2 天。", "zh", List.of());
    private static final FaqEntry RETURNS_EN = new FaqEntry(
            "faq-returns-en",
            "What is your return policy?",
            List.of("Can I return an item?"),
            "You may return most items within 30 days of delivery.",
            "en",
            List.of());

    private static WireMockServer stub;
    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RecordingModel model = new RecordingModel();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private ChatService chat;

    @BeforeAll
    static void startStub() {
        stub = new WireMockServer(wireMockConfig().dynamicPort());
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @BeforeEach
    void setUp() {
        stub.resetAll();
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        // Managed mode holds the FAQs only: no document passages in memory.
        KnowledgeIndex faqs = new KnowledgeIndex(
                new KnowledgeFiles(List.of(BATTERY, RETURNS_EN), List.of()).snapshot(null), null, 1.0);
        chat = ChatService.builder()
                .store(new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency()))
                .model(model)
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .knowledge(KnowledgeAdvisor.managed(
                        () -> faqs,
                        KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS),
                        KnowledgeSettings.DEFAULTS))
                .build();
    }

    @Test
    void aQuestionNoFaqAnswersIsGroundedOnTheKnowledgeBasesPassageAndTheReplyCitesIt() {
        KnowledgeBaseStub.answer(stub, KnowledgeBaseStub.SHIPPING_RESULT);

        ChatReply reply = chat.chat(alice, new ChatCommand("Can power banks go by air?", null, null, "en", null));

        assertThat(KnowledgeBaseStub.calls(stub)).isEqualTo(1);
        assertThat(KnowledgeBaseStub.requests(stub)
                        .getFirst()
                        .path("retrievalQuery")
                        .path("text")
                        .asText())
                .isEqualTo("Can power banks go by air?");
        assertThat(model.last().grounding())
                .filteredOn(g -> g.kind().equals(Grounding.KNOWLEDGE))
                .extracting(Grounding::id)
                .containsExactly("doc-shipping-en#1");
        assertThat(reply.source()).isEqualTo(ChatReply.FROM_MODEL);
        assertThat(reply.citations())
                .containsExactly(new ChatReply.Citation(
                        "doc-shipping-en#1", "Shipping", "Power banks are shipped by ground, never by air."));
        assertThat(reply.reply()).contains("ground").doesNotContain("[doc-shipping-en#1]");
    }

    @Test
    void theFaqFastPathStillAnswersFromMemoryWithoutAskingTheKnowledgeBase() {
        KnowledgeBaseStub.answer(stub, KnowledgeBaseStub.SHIPPING_RESULT);

        ChatReply reply = chat.chat(alice, new ChatCommand("手机续航多久？", null, null, null, null));

        assertThat(reply.source()).isEqualTo(ChatReply.FROM_FAQ);
        assertThat(reply.reply()).isEqualTo(BATTERY.answer());
        assertThat(reply.citations()).extracting(ChatReply.Citation::id).containsExactly("faq-battery-zh");
        assertThat(model.requests()).isEmpty();
        assertThat(KnowledgeBaseStub.calls(stub)).isZero();
    }

    @Test
    void theFaqsInMemoryAndTheKnowledgeBasesPassagesGroundTheSameTurn() {
        KnowledgeBaseStub.answer(stub, KnowledgeBaseStub.SHIPPING_RESULT);

        chat.chat(alice, new ChatCommand("Can I return an item by air?", null, null, "en", null));

        assertThat(model.last().grounding())
                .filteredOn(g -> g.kind().equals(Grounding.KNOWLEDGE))
                .extracting(Grounding::id)
                .containsExactly("faq-returns-en", "doc-shipping-en#1");
    }

    @Test
    void aSnapStartPrimingTurnNeverCallsTheKnowledgeBase() {
        KnowledgeBaseStub.answer(stub, KnowledgeBaseStub.SHIPPING_RESULT);

        ChatReply primed = chat.prime();

        assertThat(primed.reply()).isNotBlank();
        assertThat(KnowledgeBaseStub.calls(stub)).isZero();
    }

    @Test
    void aKnowledgeBaseThatStaysThrottledLeavesTheTurnWithoutPassagesButAnswered() {
        KnowledgeBaseStub.fail(stub, 429, "ThrottlingException");

        ChatReply reply = chat.chat(alice, new ChatCommand("Can power banks go by air?", null, null, "en", null));

        assertThat(KnowledgeBaseStub.calls(stub)).isEqualTo(KnowledgeBaseStub.SETTINGS.maxAttempts());
        assertThat(reply.source()).isEqualTo(ChatReply.FROM_MODEL);
        assertThat(reply.citations()).isEmpty();
        assertThat(model.last().grounding()).noneMatch(g -> g.kind().equals(Grounding.KNOWLEDGE));
    }

    @Test
    void aFailingOrRefusingKnowledgeBaseDegradesTheSameWay() {
        KnowledgeBaseStub.fail(stub, 500, "InternalServerException");
        ChatReply failing = chat.chat(alice, new ChatCommand("Can power banks go by air?", null, null, "en", null));

        KnowledgeBaseStub.fail(stub, 403, "AccessDeniedException");
        ChatReply refused =
                chat.chat(alice, new ChatCommand("Can power banks go by air?", failing.sessionId(), null, "en", null));

        assertThat(List.of(failing, refused)).allSatisfy(reply -> {
            assertThat(reply.source()).isEqualTo(ChatReply.FROM_MODEL);
            assertThat(reply.citations()).isEmpty();
        });
    }
}
