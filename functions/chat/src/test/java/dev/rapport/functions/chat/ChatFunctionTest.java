package dev.rapport.functions.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.agents.Specialist;
import dev.rapport.agents.Supervisor;
import dev.rapport.chat.ChatSettings;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.json.Json;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbFeedbackStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.StandInSupervisor;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.wiring.ChatApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** The chat function driven by the API Gateway v2 events in events/, against the embedded DynamoDB. */
class ChatFunctionTest {

    static {
        // In Lambda the metrics library detects its environment; in tests it prints to the console.
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RecordingModel model = new RecordingModel();
    private TestDynamoDb.ConversationTables tables;
    private ChatFunction function;

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        var store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        function = new ChatFunction(chatApplication(store), new JwtClaims("cognito:groups"));
    }

    static APIGatewayV2HTTPEvent chatEvent(String body) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/chat.json");
        event.setBody(body);
        event.setHeaders(new HashMap<>(event.getHeaders()));
        event.getHeaders().remove("idempotency-key");
        return event;
    }

    static APIGatewayV2HTTPEvent turnsEvent(String sessionId) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/session-turns.json");
        event.setPathParameters(Map.of("id", sessionId));
        event.setRawPath("/v1/sessions/" + sessionId + "/turns");
        return event;
    }

    static APIGatewayV2HTTPEvent as(String subject, APIGatewayV2HTTPEvent event) {
        Map<String, String> claims =
                new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", subject);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    private JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }

    @Test
    void logsAndMetricsCarryIdsAndCountsButNoPersonalData() throws Exception {
        String secret = "zebra-lantern-4242";
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        APIGatewayV2HTTPResponse response;
        try {
            response = function.handleRequest(
                    chatEvent("{\"message\":\"Mail wei.chen@example.com or call 13812345678, code " + secret + "\"}"),
                    new TestContext());
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(out)
                .contains("\"Dimensions\":[[\"Service\"]]")
                .contains("\"Turns\":1.0")
                .contains("\"ModelInputTokens\"")
                .contains("\"EstimatedModelCostUsd\"")
                .contains("turn answered")
                .contains(body(response).path("turnId").asText())
                .doesNotContain("wei.chen@example.com")
                .doesNotContain("13812345678")
                .doesNotContain(secret);
    }

    @Test
    void theSampleChatEventGetsAFullAnswer() throws Exception {
        APIGatewayV2HTTPResponse response =
                function.handleRequest(EventLoader.loadApiGatewayHttpEvent("../../events/chat.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        JsonNode body = body(response);
        assertThat(body.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "sessionId",
                        "turnId",
                        "reply",
                        "citations",
                        "memoriesUsed",
                        "actions",
                        "sentiment",
                        "emotion",
                        "handoff",
                        "usage",
                        "source");
        assertThat(body.get("citations").isArray()).isTrue();
        assertThat(body.get("sentiment").asText()).isEqualTo("neutral");
        assertThat(body.get("emotion").asText()).isEqualTo("none");
        assertThat(body.get("handoff").asBoolean()).isFalse();
        assertThat(body.at("/usage/inputTokens").asInt()).isPositive();
        assertThat(body.at("/usage/outputTokens").asInt()).isPositive();
    }

    @Test
    void theAnswerReportsTheCustomersSentimentAndEmotion() throws Exception {
        JsonNode angry = body(function.handleRequest(
                as("mood-" + UUID.randomUUID(), chatEvent("{\"message\":\"我要投诉，你们太离谱了！\"}")), null));
        JsonNode worried = body(function.handleRequest(
                as("mood-" + UUID.randomUUID(), chatEvent("{\"message\":\"I'm worried my parcel is lost\"}")), null));

        assertThat(angry.get("sentiment").asText()).isEqualTo("negative");
        assertThat(angry.get("emotion").asText()).isEqualTo("anger");
        assertThat(worried.get("sentiment").asText()).isEqualTo("negative");
        assertThat(worried.get("emotion").asText()).isEqualTo("anxiety");
    }

    @Test
    void historyListsTheCustomersOwnTurnsRedacted() throws Exception {
        String subject = "cust-" + UUID.randomUUID();
        JsonNode first =
                body(function.handleRequest(as(subject, chatEvent("{\"message\":\"Reach me at 13912345678\"}")), null));
        String sessionId = first.get("sessionId").asText();

        APIGatewayV2HTTPResponse history = function.handleRequest(as(subject, turnsEvent(sessionId)), null);

        assertThat(history.getStatusCode()).isEqualTo(200);
        JsonNode turns = body(history).get("turns");
        assertThat(turns).hasSize(1);
        assertThat(turns.get(0).get("message").asText()).isEqualTo("Reach me at [PHONE_1]");
        assertThat(turns.get(0).get("turnId").asText())
                .isEqualTo(first.get("turnId").asText());
        assertThat(turns.get(0).get("emotion").asText()).isEqualTo("none");
    }

    @Test
    void theReplyAndTheHistorySayWhichSpecialistLedTheTurn() throws Exception {
        var store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        ChatFunction routed = new ChatFunction(
                chatApplication(store, StandInSupervisor.always(Specialist.CARE)), new JwtClaims("cognito:groups"));
        String subject = "cust-" + UUID.randomUUID();

        JsonNode reply =
                body(routed.handleRequest(as(subject, chatEvent("{\"message\":\"I want to complain\"}")), null));
        JsonNode turns = body(routed.handleRequest(
                        as(subject, turnsEvent(reply.get("sessionId").asText())), null))
                .get("turns");

        assertThat(reply.get("agent").asText()).isEqualTo("care");
        assertThat(turns.get(0).get("agent").asText()).isEqualTo("care");
        assertThat(body(function.handleRequest(chatEvent("{\"message\":\"hello\"}"), null))
                        .has("agent"))
                .as("no supervisor, no agent")
                .isFalse();
    }

    @Test
    void anotherCustomersSessionAnswers404Everywhere() throws Exception {
        String sessionId = body(function.handleRequest(
                        as("owner-" + UUID.randomUUID(), chatEvent("{\"message\":\"secret plans\"}")), null))
                .get("sessionId")
                .asText();

        APIGatewayV2HTTPResponse peek = function.handleRequest(as("intruder", turnsEvent(sessionId)), null);
        APIGatewayV2HTTPResponse post = function.handleRequest(
                as("intruder", chatEvent("{\"message\":\"what were the plans?\",\"sessionId\":\"" + sessionId + "\"}")),
                null);

        for (APIGatewayV2HTTPResponse response : new APIGatewayV2HTTPResponse[] {peek, post}) {
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(response.getBody()).doesNotContain("secret");
        }
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyGetsTheSameAnswer() throws Exception {
        APIGatewayV2HTTPEvent sample = EventLoader.loadApiGatewayHttpEvent("../../events/chat.json");
        as("retry-" + UUID.randomUUID(), sample);
        APIGatewayV2HTTPResponse first = function.handleRequest(sample, null);
        APIGatewayV2HTTPResponse retry = function.handleRequest(sample, null);

        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(itemCount())
                .as("one session item, one turn, one idempotency record, one rate window")
                .isEqualTo(4);
    }

    @Test
    void aModelOutageAnswers503WithRetryAfterAndWritesNothing() {
        model.unavailable(true);

        APIGatewayV2HTTPResponse response = function.handleRequest(chatEvent("{\"message\":\"hello\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders())
                .containsEntry("Retry-After", "7")
                .containsEntry("Content-Type", "application/problem+json");
        assertThat(itemCount()).isZero();
    }

    @Test
    void aCustomerOverTheirLimitGets429WithRetryAfterAndNothingIsWritten() throws Exception {
        var store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        ChatSettings oneAMinute = ChatSettings.from(Environment.of(Map.of("CUSTOMER_TURNS_PER_MINUTE", "1")));
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:50Z"), ZoneOffset.UTC);
        ChatFunction limited = new ChatFunction(
                ChatApplication.builder()
                        .store(store)
                        .handoffQueue(new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations()))
                        .feedback(feedbackStore())
                        .model(model)
                        .settings(oneAMinute)
                        .clock(clock)
                        .build(),
                new JwtClaims("cognito:groups"));
        assertThat(limited.handleRequest(chatEvent("{\"message\":\"hello\"}"), new TestContext())
                        .getStatusCode())
                .isEqualTo(200);
        int stored = itemCount();

        APIGatewayV2HTTPResponse response =
                limited.handleRequest(chatEvent("{\"message\":\"hello again\"}"), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(429);
        assertThat(response.getHeaders())
                .containsEntry("Retry-After", "10")
                .containsEntry("Content-Type", "application/problem+json");
        assertThat(Json.MAPPER.readTree(response.getBody()).path("detail").asText())
                .contains("the limit is 1 per minute");
        assertThat(itemCount()).isEqualTo(stored);
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void snapStartPrimingRunsTheTurnsRequestsButWritesNothingAndAsksTheModelNothing() {
        TestDynamoDb.RequestCounter requests = new TestDynamoDb.RequestCounter();
        var store =
                new DynamoDbConversationStore(dynamo.enhanced(requests), tables.conversations(), tables.idempotency());
        ChatFunction primed = new ChatFunction(chatApplication(store), new JwtClaims("cognito:groups"));

        primed.prime();

        assertThat(requests.count())
                .as("the turn's read and its (refused) transaction")
                .isEqualTo(2);
        assertThat(itemCount()).isZero();
        assertThat(model.requests()).isEmpty();
        assertThat(model.primed()).isEqualTo(1);
        APIGatewayV2HTTPResponse after = primed.handleRequest(chatEvent("{\"message\":\"hello\"}"), new TestContext());
        assertThat(after.getStatusCode()).isEqualTo(200);
        assertThat(itemCount())
                .as("a session, its turn and the customer's rate window")
                .isEqualTo(3);
    }

    /** The entry point Lambda calls: the raw event JSON of events/ in, the payload v2 response JSON out. */
    @Test
    void theStreamEntryPointReadsTheRawEventAndWritesTheResponseApiGatewayExpects() throws Exception {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("../../events/chat.json")));
        event.put(
                "body",
                Base64.getEncoder().encodeToString("{\"message\":\"我的订单号是 88231\"}".getBytes(StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        function.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, new TestContext());

        JsonNode response = Json.MAPPER.readTree(out.toByteArray());
        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        assertThat(response.path("isBase64Encoded").isBoolean()).isTrue();
        assertThat(response.path("headers").path("Content-Type").asText()).isEqualTo("application/json");
        assertThat(Json.MAPPER
                        .readTree(response.path("body").asText())
                        .path("sessionId")
                        .asText())
                .isNotBlank();
        assertThat(model.last().messages().getLast().text()).contains("88231");
    }

    @Test
    void aCustomerRatesAnAnswerOnceAndCanChangeTheirMind() throws Exception {
        JsonNode turn =
                body(function.handleRequest(chatEvent("{\"message\":\"Where is order 88231?\"}"), new TestContext()));
        String turnId = turn.path("turnId").asText();
        int before = itemCount();

        APIGatewayV2HTTPResponse first = function.handleRequest(
                feedbackEvent(turnId, "{\"rating\":2,\"comment\":\"Slow. Call me on 13812345678\"}"),
                new TestContext());
        APIGatewayV2HTTPResponse second =
                function.handleRequest(feedbackEvent(turnId, "{\"thumbs\":\"up\"}"), new TestContext());

        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(body(first).path("comment").asText()).isEqualTo("Slow. Call me on [PHONE_1]");
        assertThat(second.getStatusCode()).isEqualTo(200);
        assertThat(body(second).path("thumbs").asText()).isEqualTo("up");
        assertThat(itemCount()).as("one feedback item, replaced").isEqualTo(before + 1);
        assertThat(storedText()).doesNotContain("13812345678");
    }

    @Test
    void feedbackOnAnotherCustomersTurnIsNotFoundAndStoresNothing() throws Exception {
        String turnId = body(function.handleRequest(chatEvent("{\"message\":\"hello\"}"), new TestContext()))
                .path("turnId")
                .asText();
        int before = itemCount();

        APIGatewayV2HTTPResponse stranger = function.handleRequest(
                as("mallory-" + UUID.randomUUID(), feedbackEvent(turnId, "{\"rating\":1}")), new TestContext());
        APIGatewayV2HTTPResponse unknown =
                function.handleRequest(feedbackEvent("no-such-turn", "{\"rating\":1}"), new TestContext());
        APIGatewayV2HTTPResponse huge =
                function.handleRequest(feedbackEvent("x".repeat(3000), "{\"rating\":1}"), new TestContext());

        assertThat(stranger.getStatusCode()).isEqualTo(404);
        assertThat(stranger.getBody()).doesNotContain(turnId);
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(huge.getStatusCode()).isEqualTo(404);
        assertThat(itemCount()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        no verdict              | {"comment":"meh"}                | 400
        both rating and thumbs  | {"rating":3,"thumbs":"up"}       | 400
        rating out of range     | {"rating":6}                     | 400
        rating not whole        | {"rating":4.5}                   | 400
        thumbs sideways         | {"thumbs":"sideways"}            | 400
        unknown field           | {"rating":3,"stars":5}           | 400
        """)
    void badFeedbackIsAProblemAndStoresNothing(String name, String json, int status) throws Exception {
        String turnId = body(function.handleRequest(chatEvent("{\"message\":\"hello\"}"), new TestContext()))
                .path("turnId")
                .asText();
        int before = itemCount();

        APIGatewayV2HTTPResponse response = function.handleRequest(feedbackEvent(turnId, json), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(itemCount()).isEqualTo(before);
    }

    @Test
    void anOverlongCommentIs413WithItsLimit() throws Exception {
        String turnId = body(function.handleRequest(chatEvent("{\"message\":\"hello\"}"), new TestContext()))
                .path("turnId")
                .asText();

        APIGatewayV2HTTPResponse response = function.handleRequest(
                feedbackEvent(turnId, "{\"rating\":3,\"comment\":\"" + "好".repeat(1001) + "\"}"), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(body(response).path("detail").asText()).contains("1000");
    }

    private ChatApplication chatApplication(DynamoDbConversationStore store) {
        return chatApplication(store, null);
    }

    private ChatApplication chatApplication(DynamoDbConversationStore store, Supervisor supervisor) {
        return ChatApplication.builder()
                .store(store)
                .handoffQueue(new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations()))
                .feedback(feedbackStore())
                .model(model)
                .settings(ChatSettings.defaults())
                .supervisor(supervisor)
                .build();
    }

    private DynamoDbFeedbackStore feedbackStore() {
        return new DynamoDbFeedbackStore(dynamo.enhanced(), tables.conversations(), null);
    }

    static APIGatewayV2HTTPEvent feedbackEvent(String turnId, String body) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/turn-feedback.json");
        event.setPathParameters(Map.of("turnId", turnId));
        event.setRawPath("/v1/turns/" + turnId + "/feedback");
        event.setBody(body);
        return event;
    }

    private String storedText() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().toString();
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("malformed JSON", chatEvent("{\"message\": \"hi\""), 400),
                Arguments.of("not an object", chatEvent("[\"hi\"]"), 400),
                Arguments.of("empty body", chatEvent(""), 400),
                Arguments.of("missing message", chatEvent("{\"sessionId\":\"abc\"}"), 400),
                Arguments.of("mistyped message", chatEvent("{\"message\":42}"), 400),
                Arguments.of("blank message", chatEvent("{\"message\":\"   \"}"), 400),
                Arguments.of("NUL character", chatEvent("{\"message\":\"hi\\u0000there\"}"), 400),
                Arguments.of("control character", chatEvent("{\"message\":\"hi\\u001bthere\"}"), 400),
                Arguments.of("over-long message", chatEvent("{\"message\":\"" + "长".repeat(4001) + "\"}"), 413),
                Arguments.of(
                        "oversized body",
                        chatEvent("{\"message\":\"hi\",\"pad\":\"" + "x".repeat(70_000) + "\"}"),
                        413),
                Arguments.of("mistyped sessionId", chatEvent("{\"message\":\"hi\",\"sessionId\":7}"), 400),
                Arguments.of(
                        "sessionId with path characters",
                        chatEvent("{\"message\":\"hi\",\"sessionId\":\"../x\"}"),
                        400),
                Arguments.of("unknown session", chatEvent("{\"message\":\"hi\",\"sessionId\":\"nope\"}"), 404),
                Arguments.of("bad locale", chatEvent("{\"message\":\"hi\",\"locale\":\"<script>\"}"), 400),
                Arguments.of("bad profile", chatEvent("{\"message\":\"hi\",\"profileId\":\"a b\"}"), 400),
                Arguments.of(
                        "bad idempotency key",
                        withHeader(chatEvent("{\"message\":\"hi\"}"), "Idempotency-Key", "ключ"),
                        400),
                Arguments.of("invalid base64 body", base64(chatEvent("%%%not-base64%%%")), 400),
                Arguments.of("no claims", withoutClaims(chatEvent("{\"message\":\"hi\"}")), 401),
                Arguments.of("unknown session history", turnsEvent("does-not-exist"), 404),
                Arguments.of("lone high surrogate", chatEvent("{\"message\":\"hi \\ud800 there\"}"), 400),
                Arguments.of("lone low surrogate in a key", chatEvent("{\"message\":\"hi\",\"\\udc00\":1}"), 400),
                Arguments.of("unknown field", chatEvent("{\"message\":\"hi\",\"admin\":true}"), 400),
                Arguments.of("duplicate key", chatEvent("{\"message\":\"hi\",\"message\":\"bye\"}"), 400),
                Arguments.of("trailing garbage", chatEvent("{\"message\":\"hi\"} trailing"), 400),
                Arguments.of("a second object", chatEvent("{\"message\":\"hi\"}{\"message\":\"hi\"}"), 400),
                Arguments.of(
                        "text/plain body",
                        withHeader(chatEvent("{\"message\":\"hi\"}"), "content-type", "text/plain"),
                        415),
                Arguments.of(
                        "form body",
                        withHeader(
                                chatEvent("{\"message\":\"hi\"}"), "content-type", "application/x-www-form-urlencoded"),
                        415));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badRequests")
    void badInputGetsAProblemAndChangesNothing(String name, APIGatewayV2HTTPEvent event, int status) throws Exception {
        APIGatewayV2HTTPResponse response = function.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at dev.rapport");
        assertThat(itemCount()).isZero();
        assertThat(model.requests()).isEmpty();
    }

    private static APIGatewayV2HTTPEvent withHeader(APIGatewayV2HTTPEvent event, String name, String value) {
        event.getHeaders().put(name, value);
        return event;
    }

    private static APIGatewayV2HTTPEvent base64(APIGatewayV2HTTPEvent event) {
        event.setIsBase64Encoded(true);
        return event;
    }

    private static APIGatewayV2HTTPEvent withoutClaims(APIGatewayV2HTTPEvent event) {
        event.getRequestContext().setAuthorizer(null);
        return event;
    }

    private int itemCount() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).count()
                    + client.scan(b -> b.tableName(tables.idempotency())).count();
        }
    }

    @Test
    void base64BodiesAreDecodedLikeApiGatewaySendsThem() throws Exception {
        APIGatewayV2HTTPEvent event = chatEvent(Base64.getEncoder()
                .encodeToString("{\"message\":\"你好\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        APIGatewayV2HTTPResponse response = function.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("reply").asText()).contains("您好");
    }
}
