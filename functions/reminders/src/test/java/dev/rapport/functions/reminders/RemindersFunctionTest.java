package dev.rapport.functions.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.campaigns.CardService;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.json.Json;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.Channel;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.ReminderService;
import dev.rapport.reminders.ReminderSweep;
import dev.rapport.storage.dynamodb.DynamoDbCardStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.DynamoDbOperations;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** The reminders API and the sweep, driven by the events in events/, on the embedded DynamoDB. */
class RemindersFunctionTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();
    private final DynamoDbOperations operations = new DynamoDbOperations();
    private RemindersFunction function;
    private ReminderSweepFunction sweep;

    @BeforeEach
    void setUp() {
        DueSlots slots = new DueSlots(4);
        String reminders = dynamo.createRemindersTable();
        DynamoDbReminderStore store = new DynamoDbReminderStore(dynamo.client(operations), reminders, slots);
        DynamoDbSettingsStore settings =
                new DynamoDbSettingsStore(dynamo.enhanced(operations), dynamo.createMemoryTable(), clock);
        function = new RemindersFunction(
                new ReminderService(
                        store,
                        settings,
                        new PiiRedactor(),
                        clock,
                        () -> UUID.randomUUID().toString()),
                new CardService(new DynamoDbCardStore(dynamo.client(operations), reminders)),
                new JwtClaims("cognito:groups"));
        sweep = new ReminderSweepFunction(
                new ReminderSweep(store, settings, Channel.NONE, slots, Duration.ofMinutes(5), Duration.ofHours(3)),
                clock);
    }

    @Test
    void aRecurringReminderFromTheSampleEventIsListedWithItsNextTimeInTheCustomersZone() throws Exception {
        APIGatewayV2HTTPResponse created = call(event("reminders-create", alice));
        JsonNode listed = body(call(event("reminders-list", alice)));

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(listed.path("reminders")).singleElement().satisfies(r -> {
            assertThat(r.path("text").asText()).isEqualTo("吃药");
            assertThat(r.path("rrule").asText()).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0");
            assertThat(r.path("nextAt").asText()).isEqualTo("2026-12-02T08:00+08:00");
        });
        assertThat(body(call(event("reminders-list", bob))).path("reminders")).isEmpty();
    }

    @Test
    void anotherCustomersReminderCannotBeDeleted() throws Exception {
        String id = body(call(event("reminders-create", alice))).path("id").asText();

        APIGatewayV2HTTPResponse byBob = call(delete(bob, id));
        APIGatewayV2HTTPResponse byAlice = call(delete(alice, id));

        assertThat(byBob.getStatusCode()).isEqualTo(404);
        assertThat(byBob.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(byAlice.getStatusCode()).isEqualTo(200);
        assertThat(body(call(event("reminders-list", alice))).path("reminders")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"text\":\"x\",\"at\":\"2026-12-02T08:00\",\"timezone\":\"Moon/Base\"}",
                "{\"text\":\"x\",\"at\":\"2026-11-30T08:00\",\"timezone\":\"UTC\"}",
                "{\"text\":\"\",\"at\":\"2026-12-02T08:00\"}",
                "{\"text\":\"x\",\"rrule\":\"FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30\",\"at\":\"2027-02-01T08:00\"}",
                "{\"text\":\"x\",\"at\":\"2026-12-02T08:00\",\"owner\":\"bob\"}",
                "[1]"
            })
    void badInputIsAProblemAndCreatesNothing(String json) throws Exception {
        APIGatewayV2HTTPEvent request = event("reminders-create", alice);
        request.setBody(json);

        APIGatewayV2HTTPResponse response = call(request);

        assertThat(response.getStatusCode()).isBetween(400, 499);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(body(call(event("reminders-list", alice))).path("reminders")).isEmpty();
    }

    @Test
    void theScheduleEventFiredTwiceLeavesOneMessageInTheInbox() throws Exception {
        APIGatewayV2HTTPEvent request = event("reminders-create", alice);
        request.setBody("{\"text\":\"check the oven\",\"at\":\"2026-12-01T00:02:00Z\"}");
        call(request);

        JsonNode first = Json.MAPPER.readTree(invokeSweep("../../events/reminder-sweep.json"));
        JsonNode second = Json.MAPPER.readTree(invokeSweep("../../events/reminder-sweep.json"));
        JsonNode inbox = body(call(event("inbox-list", alice)));

        assertThat(first.path("delivered").asInt()).isEqualTo(1);
        assertThat(second.path("delivered").asInt()).isZero();
        assertThat(inbox.path("messages")).singleElement().satisfies(m -> {
            assertThat(m.path("text").asText()).isEqualTo("a reminder: check the oven");
            assertThat(m.path("occurrence").asText()).isEqualTo("2026-12-01T00:02:00Z");
        });
        assertThat(body(call(event("inbox-list", bob))).path("messages")).isEmpty();
    }

    @Test
    void primingBothFunctionsForASnapshotOnlyReadsAndLeavesADueReminderToTheRealSweep() throws Exception {
        APIGatewayV2HTTPEvent request = event("reminders-create", alice);
        request.setBody("{\"text\":\"check the oven\",\"at\":\"2026-12-01T00:02:00Z\"}");
        call(request);
        clock.set(Instant.parse("2026-12-01T00:03:00Z"));
        operations.clear();

        function.prime();
        sweep.prime();

        assertThat(operations.sent()).contains("GetItem", "Query");
        assertThat(operations.writes()).isEmpty();
        assertThat(body(call(event("inbox-list", alice))).path("messages")).isEmpty();
        assertThat(Json.MAPPER
                        .readTree(invokeSweep("../../events/reminder-sweep.json"))
                        .path("delivered")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aScheduledRuleEventSweepsAtItsTime() throws Exception {
        clock.set(Instant.parse("2020-09-30T15:00:00Z"));
        APIGatewayV2HTTPEvent request = event("reminders-create", alice);
        request.setBody("{\"text\":\"rule\",\"at\":\"2020-09-30T15:58:00Z\"}");
        call(request);

        // AWS's own sample of a scheduled rule event (aws-lambda-java-libs cloudwatch_event.json), fired at 15:58:34.
        JsonNode report = Json.MAPPER.readTree(invokeSweep("src/test/resources/cloudwatch-scheduled-event.json"));

        assertThat(report.path("delivered").asInt()).isEqualTo(1);
    }

    private String invokeSweep(String path) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            sweep.handleRequest(in, out, new TestContext());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBirthdayCardTheCallerDoesNotHaveIsNotFoundAsAProblem() {
        APIGatewayV2HTTPResponse response = call(event("card-get", alice));

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    }

    private APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return function.handleRequest(event, new TestContext());
    }

    private static APIGatewayV2HTTPEvent delete(String subject, String id) {
        APIGatewayV2HTTPEvent e = event("reminders-delete", subject);
        e.setPathParameters(Map.of("id", id));
        e.setRawPath("/v1/reminders/" + id);
        return e;
    }

    private static APIGatewayV2HTTPEvent event(String name, String subject) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/" + name + ".json");
        Map<String, String> claims =
                new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", subject);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }
}
