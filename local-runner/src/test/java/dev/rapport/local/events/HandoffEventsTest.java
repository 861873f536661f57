package dev.rapport.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.analytics.AnalyticsRecorder;
import dev.rapport.eventbridge.EventBridgeErasureEvents;
import dev.rapport.eventbridge.EventBridgeHandoffEvents;
import dev.rapport.functions.insight.ConversationStreamFunction;
import dev.rapport.handoff.HandoffAnnouncer;
import dev.rapport.handoff.HandoffId;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Http;
import dev.rapport.storage.dynamodb.DynamoDbAnalyticsLedger;
import dev.rapport.storage.dynamodb.DynamoDbPublicationLedger;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Handoff events: the function with the real stream event, over the SDK's PutEvents wire protocol
 * to the local EventBridge, with its ledger in the embedded DynamoDB; and the whole stack from a chat turn.
 */
class HandoffEventsTest {

    private static final String BUS = "test-handoffs";

    private LocalEventBus bus;
    private ConversationStreamFunction function;

    @BeforeEach
    void setUp() {
        bus = LocalEventBus.start(Set.of(BUS));
        EventBridgeClient client = EventBridgeClient.builder()
                .endpointOverride(bus.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        TestDynamoDb dynamo = TestDynamoDb.shared();
        function = new ConversationStreamFunction(
                new HandoffAnnouncer(
                        new EventBridgeHandoffEvents(client, BUS),
                        new DynamoDbPublicationLedger(
                                dynamo.enhanced(),
                                dynamo.createConversationTables().idempotency(),
                                Clock.systemUTC(),
                                Duration.ofMinutes(2),
                                Duration.ofDays(2))),
                new AnalyticsRecorder(new DynamoDbAnalyticsLedger(
                        dynamo.client(),
                        dynamo.createAnalyticsTable(),
                        Clock.systemUTC(),
                        Duration.ofDays(3),
                        Duration.ofDays(91))),
                new EventBridgeErasureEvents(client, BUS));
    }

    @AfterEach
    void tearDown() {
        bus.close();
    }

    @Test
    void aNewHandoffIsPublishedOnceWithItsRedactedSummaryAndTheTurnBesideItIsIgnored() {
        StreamsEventResponse response = function.handleRequest(event(), new TestContext());

        assertThat(response.getBatchItemFailures()).isEmpty();
        LocalEventBus.Event event = assertOne(bus.events());
        assertThat(event.eventBusName()).isEqualTo(BUS);
        assertThat(event.source()).isEqualTo("rapport.handoff");
        assertThat(event.detailType()).isEqualTo("HandoffRequested");
        JsonNode detail = event.detail();
        assertThat(detail.path("sessionId").asText()).isEqualTo("7b1f2a9e-4c1d-4e5f-9a8b-2c3d4e5f6a7b");
        assertThat(detail.path("customerId").asText()).isEqualTo("q5Pq0w2Cq7rEkQz1nF0bq3k4Yx8s9JvXo2uW1cHn6aA");
        assertThat(detail.path("reason").asText()).isEqualTo("requested");
        assertThat(detail.path("summary").get(0).asText()).contains("[ORDER]");
        assertThat(detail.path("sentimentTrend")).extracting(JsonNode::asText).containsExactly("neutral", "negative");
        assertThat(detail.path("emotionTrend")).extracting(JsonNode::asText).containsExactly("none", "anger");
        assertThat(HandoffId.createdAt(detail.path("handoffId").asText()))
                .contains(Instant.parse("2026-11-24T10:05:00Z"));
        assertThat(event.detail().has("transcript"))
                .as("the transcript stays in the queue, not on the bus")
                .isFalse();
    }

    @Test
    void aClosedHandoffIsPublishedOnceAsHandoffClosedUnderTheIdItWasRequestedBy() {
        function.handleRequest(event(), new TestContext());
        String requested = assertOne(bus.events()).detail().path("handoffId").asText();

        StreamsEventResponse closed = function.handleRequest(closedEvent(), new TestContext());
        function.handleRequest(closedEvent(), new TestContext());
        function.handleRequest(event(), new TestContext());

        assertThat(closed.getBatchItemFailures()).isEmpty();
        assertThat(bus.events())
                .extracting(LocalEventBus.Event::detailType)
                .containsExactly("HandoffRequested", "HandoffClosed");
        JsonNode detail = bus.events().get(1).detail();
        assertThat(detail.path("handoffId").asText()).isEqualTo(requested);
        assertThat(detail.path("closedAt").asText()).isEqualTo("2026-11-24T12:00:00Z");
        assertThat(detail.path("closedBy").asText()).isEqualTo("Vb3kq9Zl0S2mQ8rT1yW4xN6pC5dE7fG0hJ2kL4mN6pQ");
        assertThat(detail.path("resolution").asText()).contains("[PHONE_1]");
        assertThat(detail.path("reason").asText()).isEqualTo("requested");
        assertThat(detail.has("transcript")).isFalse();
    }

    @Test
    void anErasureNoticeIsPublishedAsCustomerErasedOverTheWireProtocol() {
        DynamodbEvent notice = EventLoader.loadDynamoDbEvent("../events/erasure-notice-stream.json");

        assertThat(function.handleRequest(notice, new TestContext()).getBatchItemFailures())
                .isEmpty();

        LocalEventBus.Event event = assertOne(bus.events());
        assertThat(event.source()).isEqualTo("rapport.personaldata");
        assertThat(event.detailType()).isEqualTo("CustomerErased");
        assertThat(event.detail().path("customerId").asText()).isEqualTo("q5Pq0w2Cq7rEkQz1nF0bq3k4Yx8s9JvXo2uW1cHn6aA");
    }

    @Test
    void aRedeliveredBatchPublishesNothingMore() {
        function.handleRequest(event(), new TestContext());

        StreamsEventResponse again = function.handleRequest(event(), new TestContext());
        function.handleRequest(event(), new TestContext());

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertOne(bus.events());
    }

    @Test
    void aRefusedEventFailsItsRecordAndTheRetryPublishesItExactlyOnce() {
        bus.failNextEntries(1);

        StreamsEventResponse failed = function.handleRequest(event(), new TestContext());

        assertThat(failed.getBatchItemFailures())
                .singleElement()
                .satisfies(f -> assertThat(f.getItemIdentifier()).isEqualTo("111100000000000000000002"));
        assertThat(bus.events()).isEmpty();

        StreamsEventResponse retried = function.handleRequest(event(), new TestContext());

        assertThat(retried.getBatchItemFailures()).isEmpty();
        assertOne(bus.events());
    }

    @Test
    void aComplaintInTheChatProducesExactlyOneHandoffEventOnTheStacksBus() {
        LocalRapport stack = LocalRapportFixture.shared();
        Http http = new Http(stack.baseUri());
        String token = stack.mintToken("complainer-" + System.nanoTime(), List.of());

        JsonNode reply = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"我要投诉，转人工！\"}", token)));
        String sessionId = reply.path("sessionId").asText();
        assertThat(reply.path("handoff").asBoolean()).isTrue();
        // The customer insists: still one handoff for the session.
        http.send(http.postJson("/v1/chat", "{\"message\":\"转人工！转人工！\",\"sessionId\":\"" + sessionId + "\"}", token));
        stack.drainStreams();
        stack.drainStreams();

        JsonNode events = Http.json(http.send(http.get("/local/events", null))).path("events");
        List<JsonNode> mine = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> sessionId.equals(e.path("detail").path("sessionId").asText()))
                .toList();
        assertThat(mine).singleElement().satisfies(e -> {
            assertThat(e.path("eventBusName").asText()).isEqualTo("rapport-local-handoffs");
            assertThat(e.path("detailType").asText()).isEqualTo("HandoffRequested");
            assertThat(e.path("detail").path("reason").asText()).isEqualTo("requested");
        });
    }

    @Test
    void anAdminClosingAHandoffOnTheStackPublishesHandoffClosedOnce() {
        LocalRapport stack = LocalRapportFixture.shared();
        Http http = new Http(stack.baseUri());
        String customer = stack.mintToken("closer-" + System.nanoTime(), List.of());
        String admin = stack.mintToken("desk-" + System.nanoTime(), List.of("support-admins"));
        String sessionId = Http.json(
                        http.send(http.postJson("/v1/chat", "{\"message\":\"talk to a person\"}", customer)))
                .path("sessionId")
                .asText();
        String id = StreamSupport.stream(
                        Http.json(http.send(http.get("/v1/handoffs", admin)))
                                .path("handoffs")
                                .spliterator(),
                        false)
                .filter(h -> sessionId.equals(h.path("sessionId").asText()))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();

        JsonNode closed = Http.json(http.send(
                http.postJson("/v1/handoffs/" + id + "/close", "{\"resolution\":\"Sorted by phone\"}", admin)));
        http.send(http.postJson("/v1/handoffs/" + id + "/close", "{}", admin));
        stack.drainStreams();
        stack.drainStreams();

        assertThat(closed.path("status").asText()).isEqualTo("closed");
        JsonNode events = Http.json(http.send(http.get("/local/events", null))).path("events");
        List<String> mine = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> id.equals(e.path("detail").path("handoffId").asText()))
                .map(e -> e.path("detailType").asText())
                .toList();
        assertThat(mine).containsExactly("HandoffRequested", "HandoffClosed");
    }

    private static DynamodbEvent closedEvent() {
        return EventLoader.loadDynamoDbEvent("../events/handoff-closed-stream.json");
    }

    private static LocalEventBus.Event assertOne(List<LocalEventBus.Event> events) {
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static DynamodbEvent event() {
        return EventLoader.loadDynamoDbEvent("../events/conversation-stream.json");
    }
}
