package dev.rapport.local.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo store on the local stack, through the HTTP API and the offline engine only. */
class KnowledgeLocalRapportTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @Test
    void batteryLifeInChineseIsAnsweredFromTheCatalogAndCitesTheFaq() {
        JsonNode reply = chat("手机续航多久？");

        // A product's figures come from the catalog as it is now, not from a canned answer.
        assertThat(reply.path("source").asText()).isEqualTo("model");
        assertThat(reply.path("reply").asText()).contains("根据商品目录").contains("小时");
        assertThat(reply.path("citations"))
                .extracting(c -> c.path("id").asText())
                .containsExactly("faq-battery-life-zh");
    }

    @Test
    void aFrequentPolicyQuestionIsAnsweredFromTheFaqWithoutTheModel() {
        JsonNode reply = chat("退货政策是什么？");

        assertThat(reply.path("source").asText()).isEqualTo("faq");
        assertThat(reply.path("citations"))
                .extracting(c -> c.path("id").asText())
                .containsExactly("faq-return-window-zh");
        assertThat(reply.path("usage").path("inputTokens").asInt()).isZero();
    }

    @Test
    void theReturnPolicyIsAnsweredWithACitation() {
        JsonNode reply = chat("What is your return policy?");

        assertThat(reply.path("reply").asText()).contains("30 days");
        assertThat(reply.path("citations")).isNotEmpty();
        assertThat(reply.path("citations").get(0).path("id").asText()).isIn("faq-return-window-en", "doc-returns-en#0");
    }

    @Test
    void aPolicyQuestionNoFaqCoversIsAnsweredFromADocumentPassageByTheOfflineEngine() {
        JsonNode reply = chat("Can power banks go by express air?");

        assertThat(reply.path("source").asText()).isEqualTo("model");
        assertThat(reply.path("citations"))
                .extracting(c -> c.path("id").asText())
                .containsExactly("doc-shipping-en#4");
        assertThat(reply.path("reply").asText()).contains("Lithium batteries").doesNotContain("[doc-shipping-en#4]");
    }

    @Test
    void aQuestionNothingAnswersGetsAnHonestNoAndTheOfferOfAHuman() {
        JsonNode reply = chat("Do you sell cars?");

        assertThat(reply.path("citations")).isEmpty();
        assertThat(reply.path("reply").asText()).contains("don't find").contains("colleague");
    }

    @Test
    void thisPhoneGetsTheCompatibleChargerFromTheDemoGraphWithItsCitation() {
        String token = stack.mintToken("graph-" + UUID.randomUUID(), List.of());
        HttpResponse<String> first = http.send(http.postJson("/v1/chat", "{\"message\":\"我刚买了极光 X1 手机\"}", token));
        String session = Http.json(first).path("sessionId").asText();

        HttpResponse<String> second = http.send(
                http.postJson("/v1/chat", "{\"message\":\"这个手机能用哪个充电器？\",\"sessionId\":\"" + session + "\"}", token));

        JsonNode reply = Http.json(second);
        assertThat(reply.path("reply").asText()).contains("100W 三口氮化镓充电器");
        assertThat(reply.path("citations"))
                .extracting(c -> c.path("id").asText())
                .contains("PH-AURORA-X1:compatible_with:CH-GAN-100");
    }

    @Test
    void onlySupportAdminsMayChangeTheKnowledgeBase() {
        String customer = stack.mintToken("customer-" + UUID.randomUUID(), List.of());
        HttpResponse<String> refused = http.send(
                put("/v1/kb/faq/faq-test-en", "{\"question\":\"Q?\",\"answer\":\"A\",\"locale\":\"en\"}", customer));
        assertThat(refused.statusCode()).isEqualTo(403);

        String admin = stack.mintToken("admin-" + UUID.randomUUID(), List.of("support-admins"));
        HttpResponse<String> stored = http.send(put(
                "/v1/kb/faq/faq-test-en",
                "{\"question\":\"Do you gift wrap?\",\"answer\":\"Yes, for ¥10.\",\"locale\":\"en\"}",
                admin));
        assertThat(stored.statusCode()).isEqualTo(200);
    }

    @Test
    void aJsonlFileIsImportedThroughTheApiWithOneCommand(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("import.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"kind\":\"faq\",\"id\":\"faq-gift-wrap-en\",\"question\":\"Do you offer gift wrapping?\","
                                + "\"answer\":\"Yes, gift wrapping costs ¥10 per item.\",\"locale\":\"en\"}",
                        "{\"kind\":\"document\",\"id\":\"doc-import-"
                                + UUID.randomUUID().toString().substring(0, 8)
                                + "\",\"title\":\"Gift wrapping\",\"locale\":\"en\",\"text\":\"Gift wrapping is"
                                + " recycled paper.\"}",
                        "{\"kind\":\"faq\",\"id\":\"faq-no-answer\",\"question\":\"Q?\",\"locale\":\"en\"}",
                        "not json"));
        String admin = stack.mintToken("admin-" + UUID.randomUUID(), List.of("support-admins"));

        List<KnowledgeImport.Outcome> outcomes = new KnowledgeImport(stack.baseUri(), admin).run(file);

        assertThat(outcomes).extracting(KnowledgeImport.Outcome::status).containsExactly(200, 201, 400, 0);
        assertThat(outcomes.get(2).detail()).contains("'answer' is required");
    }

    @Test
    void graphLinesAreImportedThroughTheGraphRoutes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("graph.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"type\":\"node\",\"id\":\"CH-GAN-45\",\"kind\":\"product\",\"nameZh\":\"45W 充电器\","
                                + "\"nameEn\":\"45W charger\"}",
                        "{\"type\":\"edge\",\"from\":\"PH-NIMBUS-12\",\"kind\":\"compatible_with\","
                                + "\"to\":\"CH-GAN-45\",\"noteEn\":\"charges at 45W\"}",
                        "{\"type\":\"edge\",\"from\":\"PH-NIMBUS-12\",\"kind\":\"compatible_with\","
                                + "\"to\":\"CH-NOWHERE\"}"));
        String admin = stack.mintToken("admin-" + UUID.randomUUID(), List.of("support-admins"));

        List<KnowledgeImport.Outcome> outcomes = new KnowledgeImport(stack.baseUri(), admin).run(file);

        assertThat(outcomes).extracting(KnowledgeImport.Outcome::status).containsExactly(200, 200, 422);
        assertThat(outcomes.get(2).detail()).contains("dangling-edge");
    }

    private HttpRequest.Builder put(String path, String json, String token) {
        return http.request(path)
                .header("content-type", "application/json")
                .header("authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private JsonNode chat(String message) {
        String token = stack.mintToken("knowledge-" + UUID.randomUUID(), List.of());
        String body = "{\"message\":" + dev.rapport.json.Json.write(message) + "}";
        HttpResponse<String> response = http.send(http.postJson("/v1/chat", body, token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
