package dev.rapport.functions.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.analytics.AnalyticsRecorder;
import dev.rapport.analytics.AnalyticsService;
import dev.rapport.handoff.HandoffAnnouncer;
import dev.rapport.handoff.HandoffEvent;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.json.Json;
import dev.rapport.model.ModelPricing;
import dev.rapport.storage.dynamodb.DynamoDbAnalyticsLedger;
import dev.rapport.storage.dynamodb.DynamoDbPublicationLedger;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/**
 * The stream consumer and the summary route with the real events of events/, against the embedded
 * DynamoDB. The bus is the port's simplest implementation here; its wire protocol is proven in the
 * local runner's tests against the EventBridge stand-in.
 */
class InsightFunctionsTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private final List<HandoffEvent> published = new CopyOnWriteArrayList<>();
    private final List<String> erased = new CopyOnWriteArrayList<>();
    private ConversationStreamFunction stream;
    private AnalyticsSummaryFunction summary;

    @BeforeEach
    void setUp() {
        TestDynamoDb dynamo = TestDynamoDb.shared();
        DynamoDbAnalyticsLedger ledger = new DynamoDbAnalyticsLedger(
                dynamo.client(),
                dynamo.createAnalyticsTable(),
                Clock.systemUTC(),
                Duration.ofDays(3),
                Duration.ofDays(91));
        stream = new ConversationStreamFunction(
                new HandoffAnnouncer(
                        published::add,
                        new DynamoDbPublicationLedger(
                                dynamo.enhanced(),
                                dynamo.createConversationTables().idempotency(),
                                Clock.systemUTC(),
                                Duration.ofMinutes(2),
                                Duration.ofDays(2))),
                new AnalyticsRecorder(ledger),
                (customer, at) -> erased.add(customer + "@" + at));
        summary = new AnalyticsSummaryFunction(
                new AnalyticsService(ledger, new ModelPricing(0.25, 1.25)), new JwtClaims("cognito:groups"));
    }

    @Test
    void aSessionsRecordsBecomeItsFiguresAndOneEventHoweverOftenTheyArrive() throws Exception {
        assertThat(stream.handleRequest(streamEvent(), new TestContext()).getBatchItemFailures())
                .isEmpty();
        assertThat(stream.handleRequest(streamEvent(), new TestContext()).getBatchItemFailures())
                .isEmpty();

        JsonNode figures = call(summaryEvent(), 200);
        assertThat(figures.path("turns").asLong()).isEqualTo(1);
        assertThat(figures.path("sessions").asLong()).isEqualTo(1);
        assertThat(figures.path("containmentRate").asDouble()).isZero();
        assertThat(figures.path("handoffs").path("count").asLong()).isEqualTo(1);
        assertThat(figures.path("handoffs").path("reasons").path("requested").asLong())
                .isEqualTo(1);
        assertThat(figures.path("ratings").path("average").asDouble()).isEqualTo(5.0);
        assertThat(figures.path("ratings").path("csat").asDouble()).isEqualTo(1.0);
        assertThat(figures.path("model").path("inputTokens").asLong()).isEqualTo(120);
        assertThat(figures.path("latencyP50Ms").asLong()).isEqualTo(750);
        assertThat(figures.path("days")).hasSize(2);
        assertThat(published)
                .singleElement()
                .satisfies(e -> assertThat(e.reason().wire()).isEqualTo("requested"));
    }

    @Test
    void aClosedHandoffIsAnnouncedOnceAndIsNotCountedAsANewOne() throws Exception {
        stream.handleRequest(streamEvent(), new TestContext());
        assertThat(stream.handleRequest(closedEvent(), new TestContext()).getBatchItemFailures())
                .isEmpty();
        assertThat(stream.handleRequest(closedEvent(), new TestContext()).getBatchItemFailures())
                .isEmpty();

        assertThat(call(summaryEvent(), 200).path("handoffs").path("count").asLong())
                .isEqualTo(1);
        assertThat(published).extracting(HandoffEvent::detailType).containsExactly("HandoffRequested", "HandoffClosed");
        assertThat(published.get(1).handoffId()).isEqualTo(published.get(0).handoffId());
        assertThat(published.get(1).closure().resolution()).contains("[PHONE_1]");
    }

    /**
     * DynamoDB's TTL deleting a session's turn, session and handoff (REMOVE records by the service
     * itself, keys only) neither counts nor announces anything, and takes nothing off the figures.
     */
    @Test
    void itemsExpiredByTtlChangeNoFigureAndAnnounceNothing() throws Exception {
        stream.handleRequest(streamEvent(), new TestContext());
        JsonNode before = call(summaryEvent(), 200);
        DynamodbEvent expired = EventLoader.loadDynamoDbEvent("../../events/ttl-expired-stream.json");
        assertThat(expired.getRecords())
                .allSatisfy(r -> assertThat(r.getUserIdentity().getType()).isEqualTo("Service"));

        assertThat(stream.handleRequest(expired, new TestContext()).getBatchItemFailures())
                .isEmpty();

        assertThat(call(summaryEvent(), 200)).isEqualTo(before);
        assertThat(published)
                .singleElement()
                .satisfies(e -> assertThat(e.detailType()).isEqualTo("HandoffRequested"));
    }

    /** An erasure confirmed in chat leaves a notice; it is announced, and its expiry is not, nor counted. */
    @Test
    void anErasureNoticeIsAnnouncedAsCustomerErasedAndItsExpiryIsNot() throws Exception {
        JsonNode before = call(summaryEvent(), 200);
        DynamodbEvent notice = EventLoader.loadDynamoDbEvent("../../events/erasure-notice-stream.json");

        assertThat(stream.handleRequest(notice, new TestContext()).getBatchItemFailures())
                .isEmpty();

        assertThat(erased).containsExactly("q5Pq0w2Cq7rEkQz1nF0bq3k4Yx8s9JvXo2uW1cHn6aA@2026-12-07T19:20:00Z");
        assertThat(published).isEmpty();
        assertThat(call(summaryEvent(), 200)).isEqualTo(before);
    }

    private static DynamodbEvent closedEvent() {
        return EventLoader.loadDynamoDbEvent("../../events/handoff-closed-stream.json");
    }

    @Test
    void customersAreForbiddenTheFigures() throws Exception {
        APIGatewayV2HTTPEvent event = summaryEvent();
        Map<String, String> claims =
                new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("cognito:groups", "[customers]");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);

        assertThat(call(event, 403).path("status").asInt()).isEqualTo(403);
    }

    @Test
    void aBackwardsRangeIsABadRequestProblem() throws Exception {
        APIGatewayV2HTTPEvent event = summaryEvent();
        event.setQueryStringParameters(Map.of("from", "2026-11-24", "to", "2026-11-01"));

        APIGatewayV2HTTPResponse response = summary.handleRequest(event, new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).isEqualTo("application/problem+json");
    }

    private JsonNode call(APIGatewayV2HTTPEvent event, int status) throws Exception {
        APIGatewayV2HTTPResponse response = summary.handleRequest(event, new TestContext());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return Json.MAPPER.readTree(response.getBody());
    }

    private static DynamodbEvent streamEvent() {
        return EventLoader.loadDynamoDbEvent("../../events/conversation-stream.json");
    }

    private static APIGatewayV2HTTPEvent summaryEvent() {
        return EventLoader.loadApiGatewayHttpEvent("../../events/analytics-summary.json");
    }
}
