package dev.rapport.functions.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.Consent;
import dev.rapport.memory.ExtractionInput;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryService;
import dev.rapport.memory.MemoryStore;
import dev.rapport.memory.Provenance;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.personaldata.ErasureEvents;
import dev.rapport.personaldata.PersonalDataService;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.Profiles;
import dev.rapport.settings.SettingsService;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.wiring.MemoryApplication;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** Settings through the memory function, driven by the API Gateway v2 events in events/, on the embedded DynamoDB. */
class MemoryFunctionTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private String table;
    private DynamoDbMemoryStore memories;
    private MemoryFunction function;
    private final String alice = "alice-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        table = dynamo.createMemoryTable();
        memories = new DynamoDbMemoryStore(dynamo.client(), table, Clock.systemUTC());
        function = function(dynamo.enhanced(), memories);
    }

    @Test
    void aCustomerSeesTheirMemoriesWithWhereTheyCameFrom() throws Exception {
        remember(alice, "I'm vegetarian and wear size M");

        JsonNode listing =
                body(function.handleRequest(memoryEvent("memory-list", alice, null, null), new TestContext()));

        assertThat(listing.path("memories"))
                .extracting(m -> m.path("statement").asText())
                .containsExactlyInAnyOrder("is vegetarian", "wears size M");
        assertThat(listing.path("memories")
                        .get(0)
                        .path("provenance")
                        .path("turnId")
                        .asText())
                .isEqualTo("turn-1");
        assertThat(listing.path("memories").get(0).path("provenance").path("at").asText())
                .isEqualTo("2026-11-24T10:00:00Z");
        assertThat(listing.path("capacity").asInt()).isEqualTo(200);
    }

    @Test
    void withdrawingConsentForSensitiveMemoriesRemovesThemAndAFullBookSaysSo() throws Exception {
        MemoryBook book = MemoryBook.empty(2)
                .apply(
                        new RuleBasedExtractor()
                                .extract(ExtractionInput.of("I'm allergic to peanuts and I love black jackets")),
                        new Provenance("turn-1", "session-1", Instant.parse("2026-11-24T10:00:00Z"), "x"),
                        new Consent(true, true))
                .book();
        memories.save(new Owner(ownerHash(alice), "default"), new MemoryStore.Versioned(MemoryBook.empty(), 0), book);
        JsonNode before =
                body(function.handleRequest(memoryEvent("memory-list", alice, null, null), new TestContext()));

        function.handleRequest(put(alice, "{\"sensitiveMemoryAllowed\":false}"), new TestContext());

        JsonNode after = body(function.handleRequest(memoryEvent("memory-list", alice, null, null), new TestContext()));
        assertThat(before.path("memories")).hasSize(2);
        assertThat(before.path("full").asBoolean()).isFalse(); // the service allows 200
        assertThat(after.path("memories"))
                .extracting(m -> m.path("statement").asText())
                .noneMatch(statement -> statement.contains("peanut"))
                .hasSize(1);
    }

    @Test
    void editsAreRedactedAndDeletesStick() throws Exception {
        String id = remember(alice, "I'm vegetarian").current().getFirst().id();

        JsonNode edited = body(function.handleRequest(
                memoryEvent("memory-patch", alice, id, "{\"statement\":\"Vegetarian; call 13812345678 first\"}"),
                new TestContext()));
        APIGatewayV2HTTPResponse deleted =
                function.handleRequest(memoryEvent("memory-delete", alice, id, null), new TestContext());

        assertThat(edited.path("statement").asText())
                .doesNotContain("13812345678")
                .contains("[PHONE_1]");
        assertThat(deleted.getStatusCode()).isEqualTo(200);
        assertThat(memories.load(new Owner(ownerHash(alice), "default"))
                        .orElseThrow()
                        .book()
                        .current())
                .isEmpty();
    }

    @Test
    void anotherCustomersMemoryIdIsNotFoundAndUntouched() throws Exception {
        String id = remember(alice, "I'm vegetarian").current().getFirst().id();
        String mallory = "mallory-" + UUID.randomUUID();

        APIGatewayV2HTTPResponse edit = function.handleRequest(
                memoryEvent("memory-patch", mallory, id, "{\"statement\":\"Eats everything\"}"), new TestContext());
        APIGatewayV2HTTPResponse delete =
                function.handleRequest(memoryEvent("memory-delete", mallory, id, null), new TestContext());

        assertThat(edit.getStatusCode()).isEqualTo(404);
        assertThat(delete.getStatusCode()).isEqualTo(404);
        assertThat(body(delete).path("detail").asText()).doesNotContain(id);
        assertThat(body(function.handleRequest(memoryEvent("memory-list", alice, null, null), new TestContext()))
                        .path("memories")
                        .get(0)
                        .path("statement")
                        .asText())
                .isEqualTo("is vegetarian");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"statement\":\"\"}",
                "{\"statement\":5}",
                "{\"statement\":\"ok\",\"extra\":1}",
                "{\"statement\":\"tab\\there\"}"
            })
    void badEditsAre400AndChangeNothing(String body) throws Exception {
        String id = remember(alice, "I'm vegetarian").current().getFirst().id();

        APIGatewayV2HTTPResponse response =
                function.handleRequest(memoryEvent("memory-patch", alice, id, body), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(memories.load(new Owner(ownerHash(alice), "default"))
                        .orElseThrow()
                        .book()
                        .current()
                        .getFirst()
                        .statement())
                .isEqualTo("is vegetarian");
    }

    @Test
    void overLongStatementsAndBadProfileIdsAre400() throws Exception {
        String id = remember(alice, "I'm vegetarian").current().getFirst().id();
        APIGatewayV2HTTPEvent badProfile = memoryEvent("memory-list", alice, null, null);
        badProfile.setQueryStringParameters(Map.of("profileId", "../bob"));

        APIGatewayV2HTTPResponse tooLong = function.handleRequest(
                memoryEvent(
                        "memory-patch",
                        alice,
                        id,
                        "{\"statement\":\"" + "x".repeat(MemoryService.MAX_STATEMENT + 1) + "\"}"),
                new TestContext());
        APIGatewayV2HTTPResponse profile = function.handleRequest(badProfile, new TestContext());

        assertThat(tooLong.getStatusCode()).isEqualTo(400);
        assertThat(profile.getStatusCode()).isEqualTo(400);
        assertThat(memories.load(new Owner(ownerHash(alice), "default"))
                        .orElseThrow()
                        .book()
                        .current()
                        .getFirst()
                        .statement())
                .isEqualTo("is vegetarian");
    }

    private MemoryBook remember(String subject, String message) {
        MemoryBook book = MemoryBook.empty(200)
                .apply(
                        new RuleBasedExtractor().extract(ExtractionInput.of(message)),
                        new Provenance("turn-1", "session-1", Instant.parse("2026-11-24T10:00:00Z"), message),
                        new Consent(true, false))
                .book();
        memories.save(new Owner(ownerHash(subject), "default"), new MemoryStore.Versioned(MemoryBook.empty(), 0), book);
        return book;
    }

    private static String ownerHash(String subject) {
        return Owner.of(new Caller(subject, Set.of()), null).customerHash();
    }

    private static APIGatewayV2HTTPEvent memoryEvent(String event, String subject, String id, String body) {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("../../events/" + event + ".json");
        if (id != null) {
            e.setPathParameters(Map.of("id", id));
            e.setRawPath("/v1/memory/" + id);
        }
        if (body != null) {
            e.setBody(body);
        }
        return as(subject, e);
    }

    @Test
    void aCustomerExportsAndErasesTheirOwnDataOnly() throws Exception {
        String bob = "bob-" + UUID.randomUUID();
        function.handleRequest(put(alice, null), new TestContext());
        function.handleRequest(put(bob, "{\"timezone\":\"Europe/Paris\"}"), new TestContext());

        JsonNode export = body(function.handleRequest(me("me-export", alice), new TestContext()));
        JsonNode erased = body(function.handleRequest(me("me-delete", alice), new TestContext()));

        assertThat(export.path("exportedAt").asText()).isNotBlank();
        assertThat(export.path("data").path("memory"))
                .singleElement()
                .satisfies(item -> assertThat(item.path("timezone").asText()).isEqualTo("Asia/Shanghai"));
        assertThat(export.toString()).doesNotContain("Europe/Paris");
        assertThat(erased.path("erased").asBoolean()).isTrue();
        assertThat(erased.path("itemsDeleted").asInt()).isEqualTo(1);
        assertThat(body(function.handleRequest(get(alice), new TestContext()))
                        .path("timezone")
                        .asText())
                .isEqualTo("UTC");
        assertThat(body(function.handleRequest(get(bob), new TestContext()))
                        .path("timezone")
                        .asText())
                .isEqualTo("Europe/Paris");
        assertThat(body(function.handleRequest(me("me-export", alice), new TestContext()))
                        .path("data")
                        .path("memory"))
                .isEmpty();
    }

    @Test
    void aNewCustomerGetsTheDefaults() throws Exception {
        JsonNode settings = body(function.handleRequest(get(alice), new TestContext()));

        assertThat(settings.path("memoryEnabled").asBoolean()).isTrue();
        assertThat(settings.path("sensitiveMemoryAllowed").asBoolean()).isFalse();
        assertThat(settings.path("marketingOptIn").asBoolean()).isFalse();
        assertThat(settings.path("timezone").asText()).isEqualTo("UTC");
        assertThat(settings.path("profiles"))
                .extracting(p -> p.path("id").asText())
                .containsExactly("default");
    }

    @Test
    void whatACustomerSavesComesBackAndAnotherCustomerDoesNotSeeIt() throws Exception {
        APIGatewayV2HTTPResponse saved = function.handleRequest(put(alice, null), new TestContext());

        JsonNode mine = body(function.handleRequest(get(alice), new TestContext()));
        JsonNode bobs = body(function.handleRequest(get("bob-" + UUID.randomUUID()), new TestContext()));
        assertThat(saved.getStatusCode()).isEqualTo(200);
        assertThat(mine.path("timezone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(mine.path("locale").asText()).isEqualTo("zh-CN");
        assertThat(mine.path("profiles"))
                .extracting(p -> p.path("name").asText())
                .containsExactly("我", "妈妈");
        assertThat(bobs.path("timezone").asText()).isEqualTo("UTC");
        assertThat(bobs.path("profiles")).hasSize(1);
    }

    @Test
    void fieldsLeftOutKeepTheirValues() throws Exception {
        function.handleRequest(put(alice, null), new TestContext());

        JsonNode after =
                body(function.handleRequest(put(alice, "{\"sensitiveMemoryAllowed\":true}"), new TestContext()));

        assertThat(after.path("sensitiveMemoryAllowed").asBoolean()).isTrue();
        assertThat(after.path("timezone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(after.path("profiles")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"memoryEnabled\":",
                "[]",
                "{\"memoryEnabled\":\"yes\"}",
                "{\"memoryEnable\":false}",
                "{\"timezone\":\"Mars/Olympus\"}",
                "{\"timezone\":5}",
                "{\"locale\":\"not a tag!\"}",
                "{\"profiles\":[{\"id\":\"mum\",\"name\":\"Mum\"}]}",
                "{\"profiles\":[{\"id\":\"default\",\"name\":\"Me\"},{\"id\":\"default\",\"name\":\"Again\"}]}",
                "{\"profiles\":[{\"id\":\"default\",\"name\":\"Me\"},{\"id\":\"a b\",\"name\":\"Space\"}]}",
                "{\"profiles\":[{\"id\":\"default\",\"name\":\"\\u0000\"}]}",
                "{\"profiles\":[{\"id\":\"default\",\"name\":\"Me\",\"admin\":true}]}",
                "{\"profiles\":\"default\"}",
                "{\"profiles\":[\"default\"]}"
            })
    void badSettingsAre400ProblemsAndChangeNothing(String body) throws Exception {
        long before = items();

        APIGatewayV2HTTPResponse response = function.handleRequest(put(alice, body), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(body(response).path("status").asInt()).isEqualTo(400);
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void tooManyProfilesAndOversizedBodiesAreRefused() throws Exception {
        StringBuilder profiles = new StringBuilder("{\"id\":\"default\",\"name\":\"Me\"}");
        for (int i = 0; i < 8; i++) {
            profiles.append(",{\"id\":\"p").append(i).append("\",\"name\":\"P\"}");
        }
        APIGatewayV2HTTPResponse many =
                function.handleRequest(put(alice, "{\"profiles\":[" + profiles + "]}"), new TestContext());
        APIGatewayV2HTTPResponse huge = function.handleRequest(
                put(alice, "{\"locale\":\"" + "x".repeat(MemoryFunction.MAX_BODY_BYTES) + "\"}"), new TestContext());

        assertThat(many.getStatusCode()).isEqualTo(400);
        assertThat(huge.getStatusCode()).isEqualTo(413);
        assertThat(items()).isZero();
    }

    @Test
    void snapStartPrimingReadsButWritesNothing() {
        TestDynamoDb.RequestCounter requests = new TestDynamoDb.RequestCounter();
        MemoryFunction primed = function(
                dynamo.enhanced(requests), new DynamoDbMemoryStore(dynamo.client(requests), table, Clock.systemUTC()));

        primed.prime();

        assertThat(requests.count()).as("the memory book and the settings read").isEqualTo(2);
        assertThat(items()).isZero();
    }

    /** The memory function over the memory table alone, as the customer index finds it. */
    private MemoryFunction function(DynamoDbEnhancedClient enhanced, DynamoDbMemoryStore store) {
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(enhanced, table, Clock.systemUTC());
        List<DynamoDbPersonalData.Table> tables =
                List.of(new DynamoDbPersonalData.Table("memory", table, List.of("pk", "sk")));
        MemoryService service =
                new MemoryService(store, new Profiles(settings), new PiiRedactor(), 200, BirthdayAudience.NONE);
        return new MemoryFunction(
                new MemoryApplication(
                        new SettingsService(
                                settings, new DynamoDbProfileData(dynamo.client(), tables), service::dropSensitive),
                        new PersonalDataService(
                                new DynamoDbPersonalData(
                                        dynamo.client(),
                                        tables,
                                        new ErasureGuard(table, Clock.systemUTC()),
                                        ErasureGuard.DEFAULT_PERIOD),
                                ErasureEvents.NONE,
                                Clock.systemUTC()),
                        service),
                new JwtClaims("cognito:groups"));
    }

    private long items() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(table).select("COUNT")).count();
        }
    }

    private static APIGatewayV2HTTPEvent get(String subject) {
        return as(subject, EventLoader.loadApiGatewayHttpEvent("../../events/settings-get.json"));
    }

    private static APIGatewayV2HTTPEvent me(String event, String subject) {
        return as(subject, EventLoader.loadApiGatewayHttpEvent("../../events/" + event + ".json"));
    }

    private static APIGatewayV2HTTPEvent put(String subject, String body) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/settings-put.json");
        if (body != null) {
            event.setBody(body);
        }
        return as(subject, event);
    }

    private static APIGatewayV2HTTPEvent as(String subject, APIGatewayV2HTTPEvent event) {
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
