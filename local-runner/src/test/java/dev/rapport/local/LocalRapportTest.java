package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.local.auth.LocalJwtIssuer;
import dev.rapport.local.template.CloudFormationYaml;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The repository's template on the local stack: the real chat function behind the local HTTP API. */
class LocalRapportTest {

    private static final String CONVERSATIONS = "rapport-local-conversations";

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @Test
    void healthListsTheFunctionsAndTablesOfTheTemplate() {
        HttpResponse<String> response = http.send(http.get("/local/health", null));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = Http.json(response);
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("functions"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(
                        "ChatFunction",
                        "ImageInquiryFunction",
                        "VoiceInquiryFunction",
                        "MemoryFunction",
                        "MemoryCuratorFunction",
                        "RemindersFunction",
                        "ReminderSweepFunction",
                        "CatalogFunction",
                        "KnowledgeFunction",
                        "ConversationStreamFunction",
                        "AnalyticsSummaryFunction",
                        "TrainingExportFunction",
                        "CampaignsFunction",
                        "CampaignStarterFunction",
                        "CampaignWorkerFunction",
                        "ModelWatchFunction",
                        "BusinessEventsFunction",
                        "OrderChangesFunction");
        assertThat(health.path("rules"))
                .extracting(JsonNode::asText)
                .containsExactly("rapport-local-business -> BusinessEventsFunction");
        assertThat(health.path("tables"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(
                        CONVERSATIONS,
                        "rapport-local-idempotency",
                        "rapport-local-memory",
                        "rapport-local-reminders",
                        "rapport-local-products",
                        "rapport-local-orders",
                        "rapport-local-knowledge",
                        "rapport-local-graph",
                        "rapport-local-analytics",
                        "rapport-local-campaigns");
        assertThat(health.path("schedules"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(
                        "ReminderSweep (rate(1 minute)) -> ReminderSweepFunction",
                        "TrainingExport (cron(30 2 * * ? *)) -> TrainingExportFunction",
                        "CampaignDispatch (rate(1 minute)) -> CampaignStarterFunction",
                        "ModelWatch (rate(1 day)) -> ModelWatchFunction");
    }

    @Test
    void aRequestWithThreeHundredHeaderLinesGetsAProblemNotASilentDrop() throws Exception {
        StringBuilder request = new StringBuilder("GET /v1/sessions/s1/turns HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 300; i++) {
            request.append("X-Filler-").append(i).append(": x\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (java.net.Socket socket =
                new java.net.Socket("127.0.0.1", stack.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 431");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
            assertThat(answer).contains("\"status\":431");
        }
    }

    @Test
    void servesExactlyTheRoutesOfTheTemplate() {
        assertThat(stack.routes().routes())
                .extracting(r -> r.routeKey())
                .containsExactlyInAnyOrderElementsOf(templateRouteKeys());
    }

    @Test
    void tablesHaveTheTemplatesTimeToLive() {
        try (DynamoDbClient client = dynamoDb()) {
            assertThat(client.describeTimeToLive(b -> b.tableName(CONVERSATIONS))
                            .timeToLiveDescription()
                            .attributeName())
                    .isEqualTo("expiresAt");
        }
    }

    @Test
    void aCustomerChatsAndReadsTheSessionBackThroughTheRealHandler() {
        String token = token("alice-" + UUID.randomUUID());
        JsonNode first =
                Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"My order number is 55120\"}", token)));
        String sessionId = first.path("sessionId").asText();
        HttpResponse<String> second = http.send(http.postJson(
                "/v1/chat", "{\"message\":\"What is my order number?\",\"sessionId\":\"" + sessionId + "\"}", token));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(Http.json(second).path("reply").asText()).contains("55120");
        JsonNode turns = Http.json(http.send(http.get("/v1/sessions/" + sessionId + "/turns", token)));
        assertThat(turns.path("turns")).hasSize(2);
    }

    @Test
    void aPhotoQuestionJoinsTheChatSessionThroughTheRealHandler() throws Exception {
        String token = token("photo-" + UUID.randomUUID());
        String sessionId = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"I ordered a bag\"}", token)))
                .path("sessionId")
                .asText();
        java.awt.image.BufferedImage red =
                new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = red.createGraphics();
        g.setColor(new java.awt.Color(210, 30, 40));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(red, "png", png);
        String data = java.util.Base64.getEncoder().encodeToString(png.toByteArray());

        HttpResponse<String> answer = http.send(http.postJson(
                "/v1/inquiries/image",
                "{\"message\":\"Is this the one?\"," + "\"sessionId\":\"" + sessionId
                        + "\",\"image\":{\"format\":\"png\",\"data\":\"" + data + "\"}}",
                token));
        stack.drainStreams();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Http.json(answer).path("reply").asText()).contains("red").contains("Matching items in our catalog");
        JsonNode turns = Http.json(http.send(http.get("/v1/sessions/" + sessionId + "/turns", token)))
                .path("turns");
        assertThat(turns).hasSize(2);
        assertThat(turns.get(1).path("photo").path("format").asText()).isEqualTo("png");
        assertThat(turns.get(1).toString()).doesNotContain(data.substring(0, 40));
    }

    @Test
    void aVoiceNoteOnTheOfflineStackIsAClear503AndStoresNothing() {
        String subject = "voice-" + UUID.randomUUID();
        String token = token(subject);
        String wav = java.util.Base64.getEncoder().encodeToString(dev.rapport.testing.TestAudio.wav(300, 0));

        HttpResponse<String> answer = http.send(http.postJson(
                "/v1/inquiries/voice",
                "{\"locale\":\"en\",\"audio\":{\"format\":\"wav\",\"data\":\"" + wav + "\"}}",
                token));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(answer).path("type").asText()).endsWith("/transcription-unavailable");
        assertThat(Http.json(answer).path("detail").asText()).contains("TRANSCRIBE_ENDPOINT");
        assertThat(Http.json(http.send(http.get("/v1/me/export", token)))
                        .path("data")
                        .path("conversations"))
                .isEmpty();
    }

    @Test
    void settingsAreTheCallersOwnThroughTheRealHandler() {
        String alice = token("alice-" + UUID.randomUUID());
        HttpResponse<String> saved = http.send(http.request("/v1/settings")
                .header("Authorization", "Bearer " + alice)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timezone\":\"Asia/Shanghai\",\"memoryEnabled\":false}")));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Http.json(http.send(http.get("/v1/settings", alice)))
                        .path("timezone")
                        .asText())
                .isEqualTo("Asia/Shanghai");
        assertThat(Http.json(http.send(http.get("/v1/settings", token("bob-" + UUID.randomUUID()))))
                        .path("memoryEnabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void newTurnsReachTheCuratorThroughTheConversationsStream() {
        String token = token("curated-" + UUID.randomUUID());
        http.send(http.postJson("/v1/chat", "{\"message\":\"I'm vegetarian and wear size M\"}", token));

        stack.drainStreams();

        JsonNode memory = Http.json(http.send(http.get("/v1/me/export", token)))
                .path("data")
                .path("memory");
        assertThat(memory)
                .singleElement()
                .satisfies(book -> assertThat(book.path("book").asText())
                        .contains("is vegetarian")
                        .contains("wears size M"));
    }

    /**
     * A session past its time to live is deleted by the engine, as DynamoDB's TTL does, and the
     * REMOVE records (by the service itself) reach the curator and the insight consumer: nothing
     * fails, and the memories curated from it stay.
     */
    @Test
    void anExpiredSessionIsDeletedAndItsRemovalsFailNoStreamConsumer() {
        String subject = "expiring-" + UUID.randomUUID();
        String token = token(subject);
        String sessionId = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"I'm vegetarian\"}", token)))
                .path("sessionId")
                .asText();
        stack.drainStreams();
        int deadBefore = stack.deadLetters().entries().size();
        String hash = Owner.of(new Caller(subject, Set.of()), null).customerHash();
        try (DynamoDbClient client = dynamoDb()) {
            client.scanPaginator(b -> b.tableName(CONVERSATIONS)).items().stream()
                    .filter(item -> item.get("pk").s().contains(hash) && item.containsKey("expiresAt"))
                    .forEach(item -> client.updateItem(b -> b.tableName(CONVERSATIONS)
                            .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                            .updateExpression("SET expiresAt = :past")
                            .expressionAttributeValues(Map.of(
                                    ":past",
                                    software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(Long.toString(
                                            Instant.now().minusSeconds(60).getEpochSecond()))))));
        }

        stack.expireItems(); // or the background sweep got there first
        stack.drainStreams();

        assertThat(http.send(http.get("/v1/sessions/" + sessionId + "/turns", token))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stack.deadLetters().entries()).hasSize(deadBefore);
        assertThat(Http.json(http.send(http.get("/v1/me/export", token)))
                        .path("data")
                        .path("memory"))
                .singleElement()
                .satisfies(book -> assertThat(book.path("book").asText()).contains("is vegetarian"));
    }

    @Test
    void forgetMeErasesTheCallersConversationsEverywhere() {
        String subject = "erase-" + UUID.randomUUID();
        String token = token(subject);
        String sessionId = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"My order is 90210\"}", token)))
                .path("sessionId")
                .asText();

        stack.drainStreams();
        JsonNode erased = Http.json(http.send(http.request("/v1/me")
                .header("Authorization", "Bearer " + token)
                .DELETE()));

        // the session, its turn and this minute's rate window; no fact to remember
        assertThat(erased.path("itemsDeleted").asInt()).isEqualTo(3);
        assertThat(http.send(http.get("/v1/sessions/" + sessionId + "/turns", token))
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.json(http.send(http.get("/v1/me/export", token)))
                        .path("data")
                        .path("conversations"))
                .isEmpty();
    }

    @Test
    void aColleaguesReplyIsInTheCustomersExportAndGoesWithForgetMe() {
        String token = token("takeover-" + UUID.randomUUID());
        String sessionId = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"转人工！\"}", token)))
                .path("sessionId")
                .asText();
        String admin = stack.mintToken("support-" + UUID.randomUUID(), List.of("support-admins"));
        String id =
                Http.json(http.send(http.get("/v1/handoffs", admin))).path("handoffs").findParents("sessionId").stream()
                        .filter(h -> h.path("sessionId").asText().equals(sessionId))
                        .findFirst()
                        .orElseThrow()
                        .path("id")
                        .asText();
        HttpResponse<String> posted = http.send(http.postJson(
                "/v1/handoffs/" + id + "/messages", "{\"message\":\"Refund sent, call me on 13912345678\"}", admin));
        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(http.send(http.postJson("/v1/handoffs/" + id + "/messages", "{\"message\":\"hi\"}", token))
                        .statusCode())
                .isEqualTo(403);

        JsonNode exported = Http.json(http.send(http.get("/v1/me/export", token)))
                .path("data")
                .path("conversations");
        assertThat(exported.findParents("sk"))
                .filteredOn(item -> item.path("sk").asText().startsWith("PERSON#"))
                .singleElement()
                .satisfies(item -> assertThat(item.path("text").asText())
                        .startsWith("Refund sent")
                        .doesNotContain("13912345678"));

        stack.drainStreams();
        http.send(http.request("/v1/me")
                .header("Authorization", "Bearer " + token)
                .DELETE());
        assertThat(Http.json(http.send(http.get("/v1/me/export", token)))
                        .path("data")
                        .path("conversations"))
                .isEmpty();
    }

    @Test
    void afterForgetMeAScanOfEveryTableFindsNothingOfTheCustomer() {
        String subject = "scan-" + UUID.randomUUID();
        String token = token(subject);
        http.send(http.postJson("/v1/chat", "{\"message\":\"I'm vegetarian and wear size M\"}", token)
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        http.send(http.request("/v1/settings")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timezone\":\"Asia/Tokyo\"}")));
        stack.drainStreams();
        String hash = Owner.of(new Caller(subject, Set.of()), null).customerHash();
        // session, turn, idempotency record, rate window, settings, memory book
        assertThat(itemsMentioning(hash)).isEqualTo(6);

        http.send(http.request("/v1/me")
                .header("Authorization", "Bearer " + token)
                .DELETE());
        stack.drainStreams();

        // Only the erasure marker is left: its key and when it expires, so writes in flight cannot recreate data.
        assertThat(itemsMentioning(hash)).isOne();
        assertThat(itemsMentioning("ERASURE")).isGreaterThanOrEqualTo(1);
        assertThat(stack.eventBus().events()).anySatisfy(event -> {
            assertThat(event.detailType()).isEqualTo("CustomerErased");
            assertThat(event.detail().path("customerId").asText()).isEqualTo(hash);
        });
        HttpResponse<String> refused = http.send(http.request("/v1/settings")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timezone\":\"UTC\"}")));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("account-erased");
        assertThat(itemsMentioning(hash)).isOne();
    }

    /** Every item of every table whose attributes contain the text: what an auditor's scan would find. */
    private long itemsMentioning(String text) {
        try (DynamoDbClient client = dynamoDb()) {
            return client.listTables().tableNames().stream()
                    .flatMap(table -> client.scanPaginator(b -> b.tableName(table)).items().stream())
                    .filter(item -> item.toString().contains(text))
                    .count();
        }
    }

    @Test
    void anotherCustomersSessionIsNotFound() {
        String alice = token("alice-" + UUID.randomUUID());
        String sessionId = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"hello\"}", alice)))
                .path("sessionId")
                .asText();

        HttpResponse<String> asBob = http.send(http.get("/v1/sessions/" + sessionId + "/turns", token("bob")));

        assertThat(asBob.statusCode()).isEqualTo(404);
        assertThat(asBob.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "garbage", "forged"})
    void badTokensAre401ProblemsAndWriteNothing(String kind) throws Exception {
        long before = itemCount();
        HttpRequest.Builder request = http.postJson("/v1/chat", "{\"message\":\"hello\"}", null);
        if (!kind.equals("missing")) {
            request.header("Authorization", "Bearer " + badToken(kind));
        }

        HttpResponse<String> response = http.send(request);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(Http.json(response).path("status").asInt()).isEqualTo(401);
        assertThat(itemCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400ProblemFromTheHandler() {
        HttpResponse<String> response = http.send(http.postJson("/v1/chat", "{\"message\":", token("carol")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void unknownPathsWrongMethodsAndHugeBodiesAreProblems() {
        HttpResponse<String> unknown = http.send(http.get("/v1/nothing-here", token("carol")));
        HttpResponse<String> wrongMethod = http.send(http.request("/v1/chat").DELETE());
        HttpResponse<String> huge =
                http.send(http.postJson("/v1/chat", "x".repeat(10 * 1024 * 1024 + 1), token("carol")));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(List.of(unknown, wrongMethod, huge))
                .allSatisfy(
                        r -> assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json"));
    }

    @Test
    void mintsTokensOnlyForWellFormedRequests() {
        assertThat(http.send(http.postJson("/local/token", "{\"sub\":\"dana\",\"groups\":[\"marketers\"]}", null))
                        .statusCode())
                .isEqualTo(200);
        for (String bad : List.of(
                "",
                "{",
                "{}",
                "{\"sub\":\"\"}",
                "{\"sub\":\"a b\"}",
                "{\"sub\":\"x\",\"groups\":\"m\"}",
                "{\"sub\":\"x\",\"groups\":[1]}")) {
            HttpResponse<String> response = http.send(http.postJson("/local/token", bad, null));
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void servesTheWebPageButNothingOutsideIt() {
        HttpResponse<String> page = http.send(http.get("/", null));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("id=\"messages\"");
        assertThat(http.send(http.get("/app.js", null)).statusCode()).isEqualTo(200);
        for (String path : List.of(
                "/..%2Fpom.xml", "/%2e%2e/pom.xml", "/web/index.html", "/dev/rapport/local/LocalRapport.class")) {
            assertThat(http.send(http.get(path, null)).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void concurrentCustomersAreAllAnswered() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String token = token("parallel-" + i + "-" + UUID.randomUUID());
                calls.add(CompletableFuture.supplyAsync(
                        () -> http.send(http.postJson("/v1/chat", "{\"message\":\"hello there\"}", token)), pool));
            }
            assertThat(calls)
                    .allSatisfy(call -> assertThat(call.get().statusCode()).isEqualTo(200));
        } finally {
            pool.shutdownNow();
        }
    }

    private String token(String subject) {
        return stack.mintToken(subject, List.of());
    }

    private long itemCount() {
        try (DynamoDbClient client = dynamoDb()) {
            return client.scan(b -> b.tableName(CONVERSATIONS).select("COUNT")).count();
        }
    }

    private DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder()
                .endpointOverride(stack.dynamoDbEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(() -> AwsBasicCredentials.create("local", "local"))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A token of the right shape signed by another key; expiry, audience and issuer are unit-tested. */
    private String badToken(String kind) throws Exception {
        if (kind.equals("garbage")) {
            return "not.a.jwt";
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("mallory")
                .issuer(LocalJwtIssuer.ISSUER)
                .audience(LocalJwtIssuer.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build();
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        return forged.serialize();
    }

    @SuppressWarnings("unchecked")
    private static List<String> templateRouteKeys() {
        Map<String, Object> resources = (Map<String, Object>)
                CloudFormationYaml.read(Path.of("../template.yaml")).get("Resources");
        List<String> keys = new ArrayList<>();
        resources.values().forEach(resource -> {
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) resource).get("Properties");
            Object events = properties == null ? null : properties.get("Events");
            if (events instanceof Map<?, ?> map) {
                map.values().forEach(event -> {
                    Map<String, Object> e = (Map<String, Object>) event;
                    if ("HttpApi".equals(e.get("Type"))) {
                        Map<String, Object> p = (Map<String, Object>) e.get("Properties");
                        keys.add(p.get("Method").toString().toUpperCase() + " " + p.get("Path"));
                    }
                });
            }
        });
        return keys;
    }
}
