package dev.rapport.model.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.rapport.agents.Specialist;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.mood.Emotion;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderStatus;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.ShopChat;
import dev.rapport.testing.StandInSupervisor;
import dev.rapport.testing.StubRequests;
import dev.rapport.testing.TestDynamoDb;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat turns on the Chat Completions wire, against the embedded DynamoDB: the model calls a tool, the tool
 * runs against the catalog, its result goes back as a {@code tool} message, the model answers, and
 * its mood judgment is reported and stored without its line.
 */
class ChatOverChatCompletionsTest {

    private static final String PATH = "/v1/chat/completions";
    private static final String NONCE = "be4d1e55";

    @RegisterExtension
    static final WireMockExtension stub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final Caller alice = DemoShop.customer("alice");
    private ConversationStore store;
    private ChatService chat;

    @BeforeEach
    void setUp() {
        ShopChat shopChat = ShopChat.over(model(), TestDynamoDb.shared());
        store = shopChat.store();
        chat = shopChat.chat();
    }

    private static OpenAiCompatibleModel model() {
        OpenAiSettings settings = new OpenAiSettings(
                URI.create(stub.baseUrl() + "/v1"),
                "qwen2.5:7b-instruct",
                Optional.empty(),
                512,
                0.2,
                1,
                Duration.ofSeconds(20));
        return new OpenAiCompatibleModel(
                OpenAiCompatibleModel.client(settings), settings, () -> NONCE, pause -> {}, Clock.systemUTC());
    }

    @Test
    void theAdvisorIsOfferedOnlyItsToolsAndItsCallToCancelIsRefused() throws Exception {
        ShopChat routed = ShopChat.over(model(), TestDynamoDb.shared(), StandInSupervisor.always(Specialist.ADVISOR));
        Order before = routed.shop().placeOrder(alice, "1042", OrderStatus.PROCESSING);
        stub.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("tools")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("""
                    {"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[
                      {"id":"call_9","type":"function","function":{"name":"cancel_order","arguments":"{\\"orderId\\":\\"1042\\"}"}}]},
                      "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":20,"completion_tokens":5}}\
                    """))
                .willSetStateTo("answered"));
        stub.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("tools")
                .whenScenarioStateIs("answered")
                .willReturn(okJson(OpenAiCompatibleModelTest.text("Cancelled!", "stop", 30, 12))));

        ChatReply reply = routed.chat().chat(alice, new ChatCommand("cancel order 1042", null, null, "en", null));

        assertThat(reply.agent()).isEqualTo("advisor");
        assertThat(reply.actions()).isEmpty();
        assertThat(requests().get(0).path("tools"))
                .extracting(t -> t.path("function").path("name").asText())
                .containsExactly("search_products", "get_product", "recommend");
        JsonNode messages = requests().get(1).path("messages");
        assertThat(messages.get(messages.size() - 1).path("content").asText()).contains("not available");
        assertThat(routed.shop().orders().order(Owner.of(alice, null).customerHash(), "1042"))
                .contains(before);
    }

    @Test
    void theModelSearchesTheCatalogThenAnswersWithItsJudgmentTakenOut() throws Exception {
        stub.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("tools")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("""
                    {"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[
                      {"id":"call_7","type":"function","function":{"name":"search_products","arguments":"{\\"query\\":\\"防风夹克\\"}"}}]},
                      "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":20,"completion_tokens":5}}\
                    """))
                .willSetStateTo("answered"));
        stub.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("tools")
                .whenScenarioStateIs("answered")
                .willReturn(okJson(OpenAiCompatibleModelTest.text(
                        "山径防风夹克有藏青和红色，599 元。\n[[mood:" + NONCE
                                + "]] {\"sentiment\":\"neutral\",\"emotion\":\"confusion\"}",
                        "stop",
                        30,
                        12))));

        ChatReply reply = chat.chat(alice, new ChatCommand("有没有防风夹克？", null, null, "zh-CN", null));

        assertThat(reply.reply()).isEqualTo("山径防风夹克有藏青和红色，599 元。");
        assertThat(reply.usage().inputTokens()).isEqualTo(20 + 30);
        assertThat(reply.usage().outputTokens()).isEqualTo(5 + 12);
        assertThat(reply.emotion()).isEqualTo(Emotion.CONFUSION);
        List<JsonNode> requests = requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("tools"))
                .extracting(t -> t.path("function").path("name").asText())
                .contains("search_products", "get_order_status");
        JsonNode messages = requests.get(1).path("messages");
        JsonNode asked = messages.get(messages.size() - 2);
        assertThat(asked.path("role").asText()).isEqualTo("assistant");
        assertThat(asked.path("tool_calls").get(0).path("function").path("name").asText())
                .isEqualTo("search_products");
        JsonNode result = messages.get(messages.size() - 1);
        assertThat(result.path("role").asText()).isEqualTo("tool");
        assertThat(result.path("tool_call_id").asText()).isEqualTo("call_7");
        assertThat(Json.MAPPER.readTree(result.path("content").asText()).toString())
                .contains(DemoShop.JACKET.sku());
        Turn stored = store.recentTurns(Owner.of(alice, null), reply.sessionId(), 5)
                .orElseThrow()
                .getFirst();
        assertThat(stored.reply()).doesNotContain("[[mood");
        assertThat(stored.emotion()).isEqualTo(Emotion.CONFUSION);
    }

    private static List<JsonNode> requests() {
        return StubRequests.bodies(stub.getAllServeEvents());
    }
}
