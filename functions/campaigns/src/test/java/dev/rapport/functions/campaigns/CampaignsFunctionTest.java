package dev.rapport.functions.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.CampaignQueue;
import dev.rapport.campaigns.CampaignService;
import dev.rapport.campaigns.CampaignStarter;
import dev.rapport.campaigns.CampaignWorker;
import dev.rapport.campaigns.CampaignWriter;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.DueSlots;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/**
 * The campaigns API, the dispatch starter and the queue worker, driven by the events in events/, on the embedded
 * DynamoDB.
 */
class CampaignsFunctionTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private final List<CampaignQueue.RecipientBatch> queued = new ArrayList<>();
    private final DynamoDbOperations operations = new DynamoDbOperations();
    private DynamoDbCampaignStore store;
    private DynamoDbReminderStore inbox;
    private DynamoDbSettingsStore settings;
    private CampaignsFunction api;
    private CampaignStarterFunction starter;
    private CampaignWorkerFunction worker;

    @BeforeEach
    void setUp() {
        String memory = dynamo.createMemoryTable();
        String reminders = dynamo.createRemindersTable();
        store = new DynamoDbCampaignStore(dynamo.client(operations), dynamo.createCampaignsTable(), memory, reminders);
        inbox = new DynamoDbReminderStore(dynamo.client(), reminders, new DueSlots(4));
        settings = new DynamoDbSettingsStore(dynamo.enhanced(), memory, clock);
        api = new CampaignsFunction(
                new CampaignService(
                        store,
                        new PiiRedactor(),
                        new CampaignWriter(),
                        clock,
                        () -> UUID.randomUUID().toString()),
                new JwtClaims("cognito:groups"));
        starter = new CampaignStarterFunction(
                new CampaignStarter(
                        store,
                        batches -> {
                            queued.addAll(batches);
                            return 1;
                        },
                        50,
                        100),
                clock);
        worker = new CampaignWorkerFunction(new CampaignWorker(store, new CampaignWriter()), clock);
    }

    @Test
    void a_marketer_creates_previews_and_dispatches_and_each_opted_in_customer_gets_one_message() throws Exception {
        Owner ann = customer("Ann", true, "tea");
        Owner bob = customer("Bob", false, "tea");
        APIGatewayV2HTTPResponse created = call(event("campaigns-create", null));
        String id = body(created).path("id").asText();
        JsonNode preview = body(call(event("campaigns-preview", id)));

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(body(created).path("status").asText()).isEqualTo("scheduled");
        assertThat(preview.path("samples")).hasSize(2);
        assertThat(preview.path("samples").findValuesAsText("message")).contains("Ann，今年的明前龙井到了，本周会员九折。");
        assertThat(inbox.inbox(ann, 10, null).messages()).isEmpty();

        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        dispatch();
        int enqueued = queued.size();
        dispatch();
        // The audience index is sharded: customers of different shards come in different batches.
        assertThat(queued)
                .as("a schedule fired twice starts the campaign once")
                .hasSize(enqueued)
                .flatExtracting(CampaignQueue.RecipientBatch::customers)
                .containsExactlyInAnyOrder(ann.customerHash(), bob.customerHash());
        for (CampaignQueue.RecipientBatch recipients : List.copyOf(queued)) {
            SQSEvent batch = sqsEvent(Json.MAPPER.writeValueAsString(recipients));
            assertThat(worker.handleRequest(batch, new TestContext()).getBatchItemFailures())
                    .isEmpty();
            assertThat(worker.handleRequest(batch, new TestContext()).getBatchItemFailures())
                    .isEmpty();
        }

        assertThat(inbox.inbox(ann, 10, null).messages())
                .singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo("campaign"));
        assertThat(inbox.inbox(bob, 10, null).messages()).isEmpty();
        JsonNode after = body(call(event("campaigns-get", id)));
        assertThat(after.path("status").asText()).isEqualTo("finished");
        assertThat(after.path("stats").path("targeted").asInt()).isEqualTo(2);
        assertThat(after.path("stats").path("sent").asInt()).isEqualTo(1);
        assertThat(after.path("stats").path("skipped").path("noConsent").asInt())
                .isEqualTo(1);
        assertThat(call(event("campaigns-cancel", id)).getStatusCode()).isEqualTo(409);
    }

    @Test
    void priming_the_three_functions_for_a_snapshot_only_reads_and_leaves_a_due_campaign_to_the_real_sweep()
            throws Exception {
        Owner ann = customer("Ann", true, "tea");
        String id = body(call(event("campaigns-create", null))).path("id").asText();
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        operations.clear();

        api.prime();
        starter.prime();
        worker.prime();

        assertThat(operations.sent()).contains("GetItem", "Query");
        assertThat(operations.writes()).isEmpty();
        assertThat(queued).isEmpty();
        assertThat(inbox.inbox(ann, 10, null).messages()).isEmpty();
        assertThat(body(call(event("campaigns-get", id))).path("status").asText())
                .isEqualTo("scheduled");
        dispatch();
        assertThat(queued)
                .singleElement()
                .satisfies(b -> assertThat(b.customers()).contains(ann.customerHash()));
    }

    @Test
    void a_customer_gets_403_and_bad_input_a_problem() {
        APIGatewayV2HTTPEvent asCustomer = event("campaigns-create", null);
        Map<String, String> claims = new HashMap<>(
                asCustomer.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("cognito:groups", "[customers]");
        asCustomer.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        APIGatewayV2HTTPEvent badZone = event("campaigns-create", null);
        badZone.setBody(badZone.getBody().replace("Asia/Shanghai", "Asia/Atlantis"));
        APIGatewayV2HTTPEvent sensitive = event("campaigns-create", null);
        sensitive.setBody(sensitive.getBody().replace("\"tea\"", "\"health\""));

        assertThat(call(asCustomer).getStatusCode()).isEqualTo(403);
        APIGatewayV2HTTPResponse zone = call(badZone);
        assertThat(zone.getStatusCode()).isEqualTo(400);
        assertThat(zone.getHeaders().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(call(sensitive).getStatusCode()).isEqualTo(422);
        assertThat(call(event("campaigns-get", "4f0d8a52-6c1e-4b7a-9d3f-2e8c5a1b7d90"))
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(store.due(Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void the_sample_batch_event_is_handled_and_an_unreadable_message_is_reported_alone() throws Exception {
        SQSEvent sample = EventLoader.loadSQSEvent("../../events/campaign-batch.json");
        SQSEvent.SQSMessage broken = EventLoader.loadSQSEvent("../../events/campaign-batch.json")
                .getRecords()
                .get(0);
        broken.setMessageId("broken-1");
        broken.setBody("not json");
        List<SQSEvent.SQSMessage> records = new ArrayList<>(sample.getRecords());
        records.add(broken);
        sample.setRecords(records);

        SQSBatchResponse response = worker.handleRequest(sample, new TestContext());

        // The sample's campaign does not exist here: nothing to do, not a failure.
        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("broken-1");
    }

    private void dispatch() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(Path.of("../../events/campaign-dispatch.json"))) {
            starter.handleRequest(in, out, new TestContext());
        }
        assertThat(Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).has("started"))
                .isTrue();
    }

    private Owner customer(String name, boolean optIn, String tag) {
        Owner owner = Owner.of(new Caller(name + "-" + UUID.randomUUID(), Set.of()), null);
        settings.save(
                owner.customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        optIn,
                        "Asia/Shanghai",
                        "zh-CN",
                        List.of(new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, name))));
        store.saveAudience(new Audience(owner.customerHash(), "east", "zh-CN", List.of(tag), null, null));
        return owner;
    }

    private static SQSEvent sqsEvent(String body) {
        SQSEvent event = EventLoader.loadSQSEvent("../../events/campaign-batch.json");
        event.getRecords().get(0).setBody(body);
        return event;
    }

    private APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return api.handleRequest(event, new TestContext());
    }

    private static APIGatewayV2HTTPEvent event(String name, String id) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/" + name + ".json");
        if (id != null) {
            event.setPathParameters(Map.of("id", id));
            event.setRawPath(event.getRawPath().replace("4f0d8a52-6c1e-4b7a-9d3f-2e8c5a1b7d90", id));
        }
        return event;
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }
}
