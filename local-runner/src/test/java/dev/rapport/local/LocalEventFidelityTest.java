package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.testing.FailingFunction;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** What a handler receives through the local HTTP API, checked field by field with an echo handler. */
class LocalEventFidelityTest {

    private static LocalRapport stack;
    private static Http http;
    private static String token;

    @BeforeAll
    static void start() {
        stack = LocalRapport.start(
                LocalRapportOptions.ephemeral().withTemplate(Path.of("src/test/resources/echo-template.yaml")));
        http = new Http(stack.baseUri());
        token = stack.mintToken("alice", List.of("marketers", "support-admins"));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void theEventHasThePayloadV2ShapeWithClaimsPathAndQuery() {
        HttpResponse<String> response = http.send(http.get("/echo/a%20b?x=1&y=two&x=3", token)
                .header("X-Custom", "one")
                .header("Cookie", "c1=v1; c2=v2"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Echo")).hasValue("yes");
        JsonNode seen = Http.json(response);
        assertThat(seen.path("version").asText()).isEqualTo("2.0");
        assertThat(seen.path("routeKey").asText()).isEqualTo("GET /echo/{id}");
        assertThat(seen.path("rawPath").asText()).isEqualTo("/echo/a%20b");
        assertThat(seen.path("rawQueryString").asText()).isEqualTo("x=1&y=two&x=3");
        assertThat(seen.path("queryStringParameters").path("x").asText()).isEqualTo("1,3");
        assertThat(seen.path("pathParameters").path("id").asText()).isEqualTo("a b");
        assertThat(seen.path("headers").path("x-custom").asText()).isEqualTo("one");
        assertThat(seen.path("headers").has("cookie")).isFalse();
        assertThat(seen.path("cookies")).extracting(JsonNode::asText).containsExactly("c1=v1", "c2=v2");
        assertThat(seen.path("claims").path("sub").asText()).isEqualTo("alice");
        assertThat(seen.path("claims").path("cognito:groups").asText()).isEqualTo("[marketers support-admins]");
        assertThat(seen.path("stage").asText()).isEqualTo("$default");
        assertThat(seen.path("greeting").asText()).isEqualTo("hello from us-east-1 on local");
        assertThat(seen.path("functionName").asText()).isEqualTo("EchoFunction");
        assertThat(seen.path("remainingMillis").asInt()).isBetween(1, 7000);
    }

    @Test
    void textBodiesArriveAsTextAndBinaryBodiesInBase64() {
        JsonNode text = Http.json(http.send(http.postJson("/echo/1", "{\"a\":\"中文\"}", token)));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        JsonNode binary = Http.json(http.send(http.request("/echo/1")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png))));

        assertThat(text.path("body").asText()).isEqualTo("{\"a\":\"中文\"}");
        assertThat(text.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(Base64.getDecoder().decode(binary.path("body").asText())).isEqualTo(png);
        assertThat(binary.path("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void aRouteWithoutAuthorizerNeedsNoTokenAndGetsNoClaims() {
        HttpResponse<String> response = http.send(http.request("/open/a/b").DELETE());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).path("pathParameters").path("proxy").asText())
                .isEqualTo("a/b");
        assertThat(Http.json(response).has("claims")).isFalse();
        assertThat(Http.json(response).path("headers").has("upgrade"))
                .as("hop-by-hop headers end at the API")
                .isFalse();
    }

    @Test
    void aFailingHandlerIsA502ProblemWithoutItsDetails() {
        HttpResponse<String> response = http.send(http.get("/boom", token));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain(FailingFunction.SECRET).doesNotContain("Exception");
    }

    @Test
    void tablesAreCreatedWithTheirIndexesStreamsAndTimeToLive() {
        // Other keys than the stack's own: the aws cli and NoSQL Workbench must see the same tables.
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(stack.dynamoDbEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(() -> AwsBasicCredentials.create("any", "other"))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            TableDescription table =
                    client.describeTable(b -> b.tableName("echo-local")).table();
            assertThat(table.globalSecondaryIndexes())
                    .extracting(GlobalSecondaryIndexDescription::indexName)
                    .containsExactly("owner");
            assertThat(table.streamSpecification().streamEnabled()).isTrue();
            assertThat(client.describeTimeToLive(b -> b.tableName("echo-local"))
                            .timeToLiveDescription()
                            .attributeName())
                    .isEqualTo("ttl");
            assertThat(client.listTables().tableNames()).doesNotContain("cloud-only");
        }
    }
}
